using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Commerce.Infrastructure.Persistence;

/// <summary>
/// The same model on SQL Server. The configurations are written for PostgreSQL (its column types, its <c>xmin</c>
/// concurrency token, its trigram indexes and its <c>commerce_fold</c> function); this pass replaces what SQL Server
/// does not have, so both providers share one set of entity configurations.
/// </summary>
internal static class SqlServerModel
{
    /// <summary>The column that stands in for PostgreSQL's <c>xmin</c>: a counter the context raises on every update.</summary>
    public const string VersionColumn = "version";

    private static readonly ValueConverter<List<Guid>, string> GuidList = new(
        ids => string.Join(',', ids),
        text => text.Length == 0 ? new List<Guid>() : text.Split(',', StringSplitOptions.None).Select(Guid.Parse).ToList());

    private static readonly ValueComparer<List<Guid>> GuidListComparer = new(
        (a, b) => a != null && b != null && a.SequenceEqual(b),
        ids => ids.Aggregate(0, (hash, id) => HashCode.Combine(hash, id)),
        ids => ids.ToList());

    public static void Adapt(ModelBuilder modelBuilder)
    {
        foreach (var entity in modelBuilder.Model.GetEntityTypes())
        {
            foreach (var property in entity.GetProperties())
            {
                switch (property.GetColumnType())
                {
                    case "jsonb":
                        property.SetColumnType("nvarchar(max)");
                        break;
                    case "bytea":
                        property.SetColumnType("varbinary(max)");
                        break;
                    case "uuid[]":
                        property.SetColumnType("nvarchar(max)");
                        property.SetValueConverter(GuidList);
                        property.SetValueComparer(GuidListComparer);
                        break;
                }

                if (property.GetColumnName() == "xmin")
                {
                    property.SetColumnName(VersionColumn);
                    property.ValueGenerated = ValueGenerated.Never;
                    property.IsConcurrencyToken = true;
                }

                // commerce_fold (umlaut folding) is a PostgreSQL function; SQL Server keeps the lower-cased text.
                if (property.GetComputedColumnSql() is { } computed && computed.StartsWith("commerce_fold(", StringComparison.Ordinal))
                    property.SetComputedColumnSql(ToTransactSql(computed));
            }

            foreach (var index in entity.GetIndexes().ToList())
            {
                if (index.FindAnnotation("Npgsql:IndexMethod")?.Value is "gin")
                    entity.RemoveIndex(index);
            }
        }
    }

    /// <summary>Raises the version of every changed row, as PostgreSQL's xmin changes by itself.</summary>
    public static void RaiseVersions(ChangeTracker changes)
    {
        foreach (var entry in changes.Entries())
        {
            if (entry.State != EntityState.Modified)
                continue;
            var version = entry.Properties.FirstOrDefault(p => p.Metadata.GetColumnName() == VersionColumn);
            if (version is { CurrentValue: uint current })
                version.CurrentValue = unchecked(current + 1);
        }
    }

    /// <summary><c>commerce_fold(a || ' ' || coalesce(b, ''))</c> → <c>lower(a + ' ' + isnull(b, ''))</c>.</summary>
    internal static string ToTransactSql(string postgres)
    {
        var inner = postgres["commerce_fold(".Length..^1];
        return "lower(" + inner.Replace("||", "+", StringComparison.Ordinal).Replace("coalesce(", "isnull(", StringComparison.Ordinal) + ")";
    }
}
