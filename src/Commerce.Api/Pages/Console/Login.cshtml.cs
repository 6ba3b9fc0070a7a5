using Commerce.Api.MerchantConsole;
using Commerce.Application.Staff;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;

namespace Commerce.Api.Pages.Console;

public sealed class LoginModel(StaffAccounts accounts) : ConsolePageModel
{
    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    [BindProperty]
    public string? Email { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    public string? Error { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var (outcome, user) = await accounts.SignInAsync(Email, Password, ct);
        if (outcome != SignInOutcome.SignedIn)
        {
            Error = outcome == SignInOutcome.LockedOut ? T["locked"] : T["wrong"];
            Response.StatusCode = StatusCodes.Status401Unauthorized;
            return Page();
        }

        await HttpContext.SignInAsync(ConsoleModule.Scheme, ConsoleModule.Principal(user!), new AuthenticationProperties { IsPersistent = false });
        return LocalRedirect(ReturnUrl is { Length: > 0 } url && url.StartsWith("/console", StringComparison.Ordinal) && Url.IsLocalUrl(url) ? url : "/console");
    }
}
