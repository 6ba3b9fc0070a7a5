using Commerce.Application.Abstractions;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Application.Behaviours;

/// <summary>
/// One transaction per command. Only commands get this step (the container skips it for requests outside the
/// constraint), so queries and the inbox's acknowledgements do not even open a DbContext for it.
/// </summary>
public sealed class TransactionBehaviour<TRequest, TResponse>(ICommerceDbContext db) : IPipelineBehavior<TRequest, TResponse>
    where TRequest : ICommand<TResponse>
{
    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        if (db.Database.CurrentTransaction is not null)
            return await next();

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var response = await next();
        await transaction.CommitAsync(cancellationToken);
        return response;
    }
}
