using Commerce.Api.MerchantConsole;
using Commerce.Application.Conversations.Merchant;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Commerce.Api.Pages.Console;

/// <summary>What every console page has: its words in the staff member's language and the waiting-chats count.</summary>
public abstract class ConsolePageModel : PageModel
{
    private ConsoleText? _text;

    public ConsoleText T => _text ??= ConsoleText.For(HttpContext);

    public int WaitingChats { get; private set; }

    [TempData]
    public string? Notice { get; set; }

    public bool IsOwner => User.IsInRole("Owner");

    public override async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        if (User.Identity?.IsAuthenticated == true)
        {
            var mediator = HttpContext.RequestServices.GetRequiredService<IMediator>();
            WaitingChats = (await mediator.Send(new GetConsolePulse(), HttpContext.RequestAborted)).Waiting;
        }

        await next();
    }

    protected IActionResult Done(string page, object? routeValues = null)
    {
        Notice = T["done"];
        return RedirectToPage(page, routeValues);
    }
}
