using MediatR;

namespace Commerce.Application.Abstractions;

/// <summary>A request that changes state: runs inside one database transaction.</summary>
public interface ICommand<out TResponse> : IRequest<TResponse>;

/// <summary>A request that only reads: no transaction.</summary>
public interface IQuery<out TResponse> : IRequest<TResponse>;
