using Commerce.Domain.Common;

namespace Commerce.Domain.Orders;

/// <summary>An order changed status; <see cref="Cause"/> says who or what moved it.</summary>
public sealed record OrderStatusChanged(Guid OrderId, OrderStatus From, OrderStatus To, string Cause) : IDomainEvent;
