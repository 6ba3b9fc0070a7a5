using Commerce.Application.Orders;
using MediatR;

namespace Commerce.Api.Pages.Console;

public sealed class IndexModel(IMediator mediator) : ConsolePageModel
{
    public Dashboard Dashboard { get; private set; } = new(0, [], []);

    public async Task OnGetAsync(CancellationToken ct) => Dashboard = await mediator.Send(new GetDashboard(), ct);
}
