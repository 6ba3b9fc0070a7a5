namespace Commerce.Api.Pages.Console;

public sealed class DeniedModel : ConsolePageModel
{
    public void OnGet() => Response.StatusCode = StatusCodes.Status403Forbidden;
}
