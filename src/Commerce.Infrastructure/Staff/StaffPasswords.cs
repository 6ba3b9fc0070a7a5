using Commerce.Application.Staff;
using Microsoft.AspNetCore.Identity;

namespace Commerce.Infrastructure.Staff;

/// <summary>ASP.NET Core's PasswordHasher (PBKDF2 with a salt, versioned hashes) behind the console's port.</summary>
internal sealed class StaffPasswords : IStaffPasswords
{
    private static readonly PasswordHasher<StaffUser> Hasher = new();

    public string DummyHash { get; } = Hasher.HashPassword(new StaffUser("nobody@example.invalid", StaffRole.Staff, DateTimeOffset.UnixEpoch), "not a password of anyone");

    public string Hash(StaffUser user, string password) => Hasher.HashPassword(user, password);

    public bool Verify(StaffUser? user, string hash, string password) =>
        Hasher.VerifyHashedPassword(user!, hash, password) != PasswordVerificationResult.Failed;
}
