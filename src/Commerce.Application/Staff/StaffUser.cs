namespace Commerce.Application.Staff;

public enum StaffRole
{
    Owner,
    Staff,
}

/// <summary>
/// A person of the shop team who signs in to the merchant console. The password is kept only as ASP.NET Core's
/// PasswordHasher hash. Five wrong passwords in a row lock the account for <see cref="LockoutPeriod"/>.
/// </summary>
public sealed class StaffUser
{
    public const int MaxEmailLength = 254;
    public const int MaxFailedSignIns = 5;
    public static readonly TimeSpan LockoutPeriod = TimeSpan.FromMinutes(15);

    private StaffUser()
    {
    }

    public StaffUser(string email, StaffRole role, DateTimeOffset now)
    {
        Id = Guid.NewGuid();
        Email = Normalize(email);
        Role = role;
        CreatedAt = now;
    }

    public Guid Id { get; private set; }

    /// <summary>Lower-case, trimmed: the sign-in name.</summary>
    public string Email { get; private set; } = "";

    public string PasswordHash { get; private set; } = "";

    public StaffRole Role { get; private set; }

    public int FailedSignIns { get; private set; }

    public DateTimeOffset? LockedUntil { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public static string Normalize(string email) => email.Trim().ToLowerInvariant();

    public bool IsLockedOut(DateTimeOffset now) => LockedUntil > now;

    public void SetPasswordHash(string hash) => PasswordHash = hash;

    public void SignedIn()
    {
        FailedSignIns = 0;
        LockedUntil = null;
    }

    /// <summary>Counts a wrong password; the fifth in a row locks the account.</summary>
    public void FailedSignIn(DateTimeOffset now)
    {
        FailedSignIns++;
        if (FailedSignIns >= MaxFailedSignIns)
        {
            LockedUntil = now + LockoutPeriod;
            FailedSignIns = 0;
        }
    }
}
