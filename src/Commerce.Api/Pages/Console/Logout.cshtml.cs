using Commerce.Api.MerchantConsole;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;

namespace Commerce.Api.Pages.Console;

public sealed class LogoutModel : ConsolePageModel
{
    public IActionResult OnGet() => RedirectToPage("/Console/Index");

    public async Task<IActionResult> OnPostAsync()
    {
        await HttpContext.SignOutAsync(ConsoleModule.Scheme);
        return Redirect("/console/login");
    }
}
