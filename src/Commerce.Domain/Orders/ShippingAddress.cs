namespace Commerce.Domain.Orders;

public sealed record ShippingAddress(string? Name, string? Line1, string? Line2, string? PostalCode, string? City, string? Country);
