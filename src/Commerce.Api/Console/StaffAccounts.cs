using System.Security.Claims;
using Commerce.Application.Abstractions;
using Commerce.Application.Staff;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Api.MerchantConsole;

public enum SignInOutcome
{
    SignedIn,
    WrongCredentials,
    LockedOut,
}

/// <summary>Console sign-in: ASP.NET Core's PasswordHasher, five wrong passwords lock the account for a while.</summary>
public sealed class StaffAccounts(ICommerceDbContext db, TimeProvider clock, ILogger<StaffAccounts> logger)
{
    public const int MinPasswordLength = 10;

    private static readonly PasswordHasher<StaffUser> Hasher = new();

    // Verified against when the e-mail is unknown, so a wrong address takes as long as a wrong password.
    private static readonly string DummyHash = Hasher.HashPassword(new StaffUser("nobody@example.invalid", StaffRole.Staff, DateTimeOffset.UnixEpoch), "not a password of anyone");

    public async Task<(SignInOutcome Outcome, StaffUser? User)> SignInAsync(string? email, string? password, CancellationToken ct)
    {
        var normalized = StaffUser.Normalize(email ?? "");
        var user = normalized.Length is > 0 and <= StaffUser.MaxEmailLength
            ? await db.StaffUsers.FirstOrDefaultAsync(u => u.Email == normalized, ct)
            : null;
        var now = clock.GetUtcNow();
        if (user is null)
        {
            Hasher.VerifyHashedPassword(null!, DummyHash, password ?? "");
            return (SignInOutcome.WrongCredentials, null);
        }

        if (user.IsLockedOut(now))
            return (SignInOutcome.LockedOut, user);
        if (Hasher.VerifyHashedPassword(user, user.PasswordHash, password ?? "") == PasswordVerificationResult.Failed)
        {
            user.FailedSignIn(now);
            await db.SaveChangesAsync(ct);
            logger.LogWarning("Console sign-in failed for staff {StaffId}{Locked}", user.Id, user.IsLockedOut(now) ? "; account locked" : "");
            return (user.IsLockedOut(now) ? SignInOutcome.LockedOut : SignInOutcome.WrongCredentials, user);
        }

        user.SignedIn();
        await db.SaveChangesAsync(ct);
        logger.LogInformation("Console sign-in of staff {StaffId}", user.Id);
        return (SignInOutcome.SignedIn, user);
    }

    public static ClaimsPrincipal Principal(StaffUser user) => new(new ClaimsIdentity(
        [
            new Claim(ClaimTypes.NameIdentifier, user.Id.ToString()),
            new Claim(ClaimTypes.Name, user.Email),
            new Claim(ClaimTypes.Role, user.Role.ToString()),
        ],
        ConsoleModule.Scheme));

    /// <summary>Every console account, the owner first.</summary>
    public async Task<IReadOnlyList<StaffUser>> ListAsync(CancellationToken ct) =>
        await db.StaffUsers.AsNoTracking().OrderBy(u => u.Role).ThenBy(u => u.Email).ToListAsync(ct);

    /// <summary>An owner or staff account; null with the reason when the input is not acceptable.</summary>
    public async Task<string?> AddAsync(string? email, string? password, StaffRole role, CancellationToken ct)
    {
        var normalized = StaffUser.Normalize(email ?? "");
        if (normalized.Length is 0 or > StaffUser.MaxEmailLength || !normalized.Contains('@'))
            return "email";
        if ((password ?? "").Length < MinPasswordLength)
            return "password";
        if (await db.StaffUsers.AnyAsync(u => u.Email == normalized, ct))
            return "email-taken";
        var user = new StaffUser(normalized, role, clock.GetUtcNow());
        user.SetPasswordHash(Hasher.HashPassword(user, password!));
        db.StaffUsers.Add(user);
        await db.SaveChangesAsync(ct);
        return null;
    }

    /// <summary>Removes a staff account; the owner cannot be removed (the shop would have no one to manage it).</summary>
    public async Task<bool> RemoveAsync(Guid id, CancellationToken ct)
    {
        var user = await db.StaffUsers.FirstOrDefaultAsync(u => u.Id == id && u.Role == StaffRole.Staff, ct);
        if (user is null)
            return false;
        db.StaffUsers.Remove(user);
        await db.SaveChangesAsync(ct);
        return true;
    }

    /// <summary>Creates the owner from Console:Owner:Email/Password when the shop has no console user yet.</summary>
    public async Task EnsureOwnerAsync(IConfiguration configuration, CancellationToken ct)
    {
        var email = configuration["Console:Owner:Email"];
        var password = configuration["Console:Owner:Password"];
        if (string.IsNullOrWhiteSpace(email) || string.IsNullOrEmpty(password) || await db.StaffUsers.AnyAsync(ct))
            return;
        var refused = await AddAsync(email, password, StaffRole.Owner, ct);
        if (refused is not null)
            logger.LogWarning("Console owner not created: {Field} is not acceptable", refused);
    }
}
