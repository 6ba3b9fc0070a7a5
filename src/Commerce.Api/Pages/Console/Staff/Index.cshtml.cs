using Commerce.Api.MerchantConsole;
using Commerce.Application.Staff;
using Microsoft.AspNetCore.Mvc;

namespace Commerce.Api.Pages.Console.Staff;

/// <summary>The owner adds and removes staff accounts (authorised for the owner only, see <see cref="ConsoleModule"/>).</summary>
public sealed class IndexModel(StaffAccounts accounts) : ConsolePageModel
{
    public IReadOnlyList<StaffUser> Users { get; private set; } = [];

    [BindProperty]
    public string? NewEmail { get; set; }

    [BindProperty]
    public string? NewPassword { get; set; }

    public string? EmailError { get; private set; }

    public string? PasswordError { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAddAsync(CancellationToken ct)
    {
        var refused = await accounts.AddAsync(NewEmail, NewPassword, StaffRole.Staff, ct);
        if (refused is null)
        {
            Notice = T["added"];
            return RedirectToPage("/Console/Staff/Index");
        }

        EmailError = refused switch { "email" => T["email-invalid"], "email-taken" => T["email-taken"], _ => null };
        PasswordError = refused == "password" ? T["password-short"] : null;
        Response.StatusCode = StatusCodes.Status400BadRequest;
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostRemoveAsync(Guid userId, CancellationToken ct)
    {
        Notice = await accounts.RemoveAsync(userId, ct) ? T["removed"] : T["not-found"];
        return RedirectToPage("/Console/Staff/Index");
    }

    private async Task LoadAsync(CancellationToken ct) =>
        Users = await accounts.ListAsync(ct);
}
