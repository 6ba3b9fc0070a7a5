using Commerce.Infrastructure;
using Commerce.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Api.Tests.Persistence;

/// <summary>
/// The same model on SQL Server, checked without a server (none can be installed here): it builds, its create
/// script is T-SQL without PostgreSQL's types and functions (./test.sh also checks that its migrations match it). The suite against a real
/// SQL Server is not part of this repository yet (see README).
/// </summary>
public sealed class SqlServerModelTests
{
    private static CommerceDbContext SqlServerContext()
    {
        var options = new DbContextOptionsBuilder<CommerceDbContext>();
        options.UseCommerceSqlServer("Server=127.0.0.1,9;Database=commerce;TrustServerCertificate=true");
        return new CommerceDbContext(options.Options);
    }

    [Fact]
    public void CreateScript_IsTransactSql_WithoutPostgresTypesOrFunctions()
    {
        using var db = SqlServerContext();

        var script = db.Database.GenerateCreateScript();

        script.Should().Contain("CREATE TABLE [products]").And.Contain("[version] bigint NOT NULL")
            .And.Contain("[search_name] AS lower(sku + ' ' + name_de + ' ' + isnull(name_en, '')) PERSISTED")
            .And.Contain("CREATE SEQUENCE [order_numbers]");
        script.Should().NotContainAny("jsonb", "bytea", "uuid[]", "xmin", "commerce_fold", "gin_trgm_ops", "pg_trgm");
    }

    [Fact]
    public void Versions_AreConcurrencyTokens_ThatTheContextRaises()
    {
        using var db = SqlServerContext();
        var version = db.Model.FindEntityType(typeof(Commerce.Domain.Orders.Order))!.FindProperty("Version")!;

        version.IsConcurrencyToken.Should().BeTrue();
        version.GetColumnName().Should().Be("version");
        version.ValueGenerated.Should().Be(Microsoft.EntityFrameworkCore.Metadata.ValueGenerated.Never);
    }

    [Theory]
    [InlineData(null, DatabaseProvider.PostgreSQL)]
    [InlineData("", DatabaseProvider.PostgreSQL)]
    [InlineData("postgresql", DatabaseProvider.PostgreSQL)]
    [InlineData("SqlServer", DatabaseProvider.SqlServer)]
    public void Provider_IsReadFromConfiguration(string? value, DatabaseProvider expected) =>
        DatabaseProviders.Parse(value).Should().Be(expected);

    [Theory]
    [InlineData("Oracle")]
    [InlineData("7")]
    public void UnknownProvider_IsAClearError(string value) =>
        FluentActions.Invoking(() => DatabaseProviders.Parse(value)).Should().Throw<InvalidOperationException>().WithMessage("*Database:Provider*");
}
