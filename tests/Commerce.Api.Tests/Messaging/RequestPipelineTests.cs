using Commerce.Api.Tests.Fixtures;
using Commerce.Application.Behaviours;
using Commerce.Application.Conversations;
using Commerce.Application.Inbound;
using MediatR;
using Microsoft.Extensions.DependencyInjection;

namespace Commerce.Api.Tests.Messaging;

/// <summary>
/// A command runs in one transaction; anything else (queries, accepting a webhook's messages into the inbox) does not
/// get that step, so acknowledging a message does not open a DbContext for it.
/// </summary>
public sealed class RequestPipelineTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public void Commands_get_the_transaction_step_and_accepting_messages_does_not()
    {
        using var scope = factory.Services.CreateScope();

        var turn = scope.ServiceProvider.GetServices<IPipelineBehavior<RunTurn, TurnOutcome>>().ToList();
        var accept = scope.ServiceProvider.GetServices<IPipelineBehavior<AcceptInbound, InboundAccepted>>().ToList();

        turn.Should().ContainSingle(b => b is TransactionBehaviour<RunTurn, TurnOutcome>);
        turn.Should().ContainSingle(b => b is LoggingBehaviour<RunTurn, TurnOutcome>);
        accept.Should().ContainSingle().Which.Should().BeOfType<LoggingBehaviour<AcceptInbound, InboundAccepted>>();
    }
}
