using Commerce.Application.Abstractions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Commerce.Application.Staff;

public enum SignInOutcome
{
    SignedIn,
    WrongCredentials,
    LockedOut,
}

/// <summary>Hashes and checks console passwords (Infrastructure: ASP.NET Core's PasswordHasher).</summary>
public interface IStaffPasswords
{
    string Hash(StaffUser user, string password);

    /// <summary>True when <paramref name="password"/> is the one hashed; with no user it still takes as long as a real check.</summary>
    bool Verify(StaffUser? user, string hash, string password);

    /// <summary>A hash checked when the e-mail is unknown, so a wrong address takes as long as a wrong password.</summary>
    string DummyHash { get; }
}

/// <summary>Console accounts: sign-in (five wrong passwords lock the account for a while), the owner from configuration, staff added and removed by the owner.</summary>
public sealed class StaffAccounts(ICommerceDbContext db, IStaffPasswords passwords, TimeProvider clock, ILogger<StaffAccounts> logger)
{
    public const int MinPasswordLength = 10;

    public async Task<(SignInOutcome Outcome, StaffUser? User)> SignInAsync(string? email, string? password, CancellationToken ct)
    {
        var normalized = StaffUser.Normalize(email ?? "");
        var user = normalized.Length is > 0 and <= StaffUser.MaxEmailLength
            ? await db.StaffUsers.FirstOrDefaultAsync(u => u.Email == normalized, ct)
            : null;
        var now = clock.GetUtcNow();
        if (user is null)
        {
            passwords.Verify(null, passwords.DummyHash, password ?? "");
            return (SignInOutcome.WrongCredentials, null);
        }

        if (user.IsLockedOut(now))
            return (SignInOutcome.LockedOut, user);
        if (!passwords.Verify(user, user.PasswordHash, password ?? ""))
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

    /// <summary>The account's current role, or null when it no longer exists (its session then ends).</summary>
    public async Task<StaffRole?> RoleOfAsync(Guid id, CancellationToken ct) =>
        await db.StaffUsers.AsNoTracking().Where(u => u.Id == id).Select(u => (StaffRole?)u.Role).FirstOrDefaultAsync(ct);

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
        user.SetPasswordHash(passwords.Hash(user, password!));
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

    /// <summary>Creates the owner (from Console:Owner:Email/Password) when the shop has no console user yet.</summary>
    public async Task EnsureOwnerAsync(string? email, string? password, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(email) || string.IsNullOrEmpty(password) || await db.StaffUsers.AnyAsync(ct))
            return;
        var refused = await AddAsync(email, password, StaffRole.Owner, ct);
        if (refused is not null)
            logger.LogWarning("Console owner not created: {Field} is not acceptable", refused);
    }
}
