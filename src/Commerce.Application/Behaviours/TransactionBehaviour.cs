using Commerce.Application.Abstractions;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Application.Behaviours;

/// <summary>One transaction per command; queries pass straight through.</summary>
public sealed class TransactionBehaviour<TRequest, TResponse>(ICommerceDbContext db) : IPipelineBehavior<TRequest, TResponse>
{
    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        if (request is not ICommand<TResponse> || db.Database.CurrentTransaction is not null)
            return await next();

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var response = await next();
        await transaction.CommitAsync(cancellationToken);
        return response;
    }
}
