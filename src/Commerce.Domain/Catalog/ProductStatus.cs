namespace Commerce.Domain.Catalog;

public enum ProductStatus
{
    Active,
    Archived,
}
