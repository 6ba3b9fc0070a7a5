using Commerce.Api.Tests.Fixtures;
using Commerce.Application.Messaging;
using Commerce.Domain.Conversations;
using Commerce.Infrastructure;
using Commerce.Infrastructure.Messaging;
using Commerce.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Api.Tests.Messaging;

/// <summary>
/// A web chat message is delivered by its commit, whoever writes it (a turn, a team member, an order update): the
/// shopper's open long poll is woken once the row is committed — never for a transaction that rolls back.
/// </summary>
public sealed class DeliveredOnCommitTests
{
    private readonly List<long> _announced = [];

    [Fact]
    public async Task A_saved_delivered_row_is_announced_once_after_its_save()
    {
        await using var db = await ContextAsync();

        db.OutboxMessages.Add(Delivered("hallo"));
        _announced.Should().BeEmpty();
        await db.SaveChangesAsync();

        _announced.Should().ContainSingle().Which.Should().BeGreaterThan(0);
        await db.SaveChangesAsync();
        _announced.Should().HaveCount(1, "a later save announces nothing new");
    }

    [Fact]
    public async Task In_a_transaction_rows_are_announced_at_the_commit_not_at_the_save()
    {
        await using var db = await ContextAsync();
        await using var transaction = await db.Database.BeginTransactionAsync();

        db.OutboxMessages.Add(Delivered("erste"));
        await db.SaveChangesAsync();
        db.OutboxMessages.Add(Delivered("zweite"));
        db.OutboxMessages.Add(Pending("an Telegram"));
        await db.SaveChangesAsync();
        _announced.Should().BeEmpty("nothing is visible to the shopper before the commit");

        await transaction.CommitAsync();
        _announced.Should().HaveCount(2, "only the rows delivered by the commit are announced; the Telegram row waits for the dispatcher");
    }

    [Fact]
    public async Task Rows_of_a_rolled_back_transaction_are_never_announced()
    {
        await using var db = await ContextAsync();
        await using (var transaction = await db.Database.BeginTransactionAsync())
        {
            db.OutboxMessages.Add(Delivered("verworfen"));
            await db.SaveChangesAsync();
            await transaction.RollbackAsync();
        }

        db.ChangeTracker.Clear();
        await using (var transaction = await db.Database.BeginTransactionAsync())
        {
            db.OutboxMessages.Add(Delivered("bleibt"));
            await db.SaveChangesAsync();
            await transaction.CommitAsync();
        }

        _announced.Should().ContainSingle("the rolled back row is forgotten, the committed one announced");
        (await db.OutboxMessages.CountAsync()).Should().Be(1);
    }

    private static OutboxMessage Delivered(string text)
    {
        var message = new OutboxMessage(Guid.NewGuid(), Channel.WebChat, "session", OutboundReply.Of(new TextPart(text)), DateTimeOffset.UtcNow);
        message.MarkSent(null, DateTimeOffset.UtcNow);
        return message;
    }

    private static OutboxMessage Pending(string text) =>
        new(Guid.NewGuid(), Channel.Telegram, "4711", OutboundReply.Of(new TextPart(text)), DateTimeOffset.UtcNow);

    private async Task<CommerceDbContext> ContextAsync()
    {
        var cluster = await PostgresCluster.GetAsync();
        var options = new DbContextOptionsBuilder<CommerceDbContext>();
        options.UseCommercePostgres(await cluster.CreateDatabaseAsync()).AddInterceptors(new DeliveredOnCommit([new Recorder(_announced)]));
        return new CommerceDbContext(options.Options);
    }

    private sealed class Recorder(List<long> announced) : IDeliveryObserver
    {
        public void Delivered(OutboxMessage message) => announced.Add(message.Id);
    }
}
