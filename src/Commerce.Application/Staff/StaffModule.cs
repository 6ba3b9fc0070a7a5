using Microsoft.Extensions.DependencyInjection;

namespace Commerce.Application.Staff;

public static class StaffModule
{
    /// <summary>Console accounts (the password hashing comes from Infrastructure's <see cref="IStaffPasswords"/>).</summary>
    public static IServiceCollection AddStaff(this IServiceCollection services) => services.AddScoped<StaffAccounts>();
}
