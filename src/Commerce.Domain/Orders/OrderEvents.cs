using Commerce.Domain.Common;

namespace Commerce.Domain.Orders;

/// <summary>An order changed status; <see cref="Cause"/> says who or what moved it.</summary>
public sealed record OrderStatusChanged(Guid OrderId, OrderStatus From, OrderStatus To, string Cause) : IDomainEvent;

/// <summary>Goods of a delivered order came back and their money went back; <see cref="Restock"/> puts them on the shelf.</summary>
public sealed record OrderReturned(Guid OrderId, Guid ReturnId, IReadOnlyList<ReturnedItem> Items, long AmountMinor, bool Restock) : IDomainEvent;
