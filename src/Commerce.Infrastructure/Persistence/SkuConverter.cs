using Commerce.Domain.Catalog;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Commerce.Infrastructure.Persistence;

internal sealed class SkuConverter() : ValueConverter<Sku, string>(sku => sku.Value, value => Sku.Create(value, "sku").Value);
