using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Commerce.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class ProductSearch : Migration
    {
        // Folds text for search: umlauts -> ae/oe/ue, ß -> ss, accents stripped, lower case. The C# side
        // (Commerce.Application.Catalog.Search.SearchText) applies the same rules to queries; keep them equal.
        // Built from replace/translate because unaccent is not IMMUTABLE and generated columns need that.
        // Accents are mapped in both cases before lower() so the result does not depend on the database locale.
        private const string CreateFoldFunction = """
            CREATE OR REPLACE FUNCTION commerce_fold(value text) RETURNS text
                LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
                RETURN lower(translate(
                    replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(value,
                        'ä', 'ae'), 'ö', 'oe'), 'ü', 'ue'), 'Ä', 'AE'), 'Ö', 'OE'), 'Ü', 'UE'),
                        'ß', 'ss'), 'ẞ', 'SS'), 'æ', 'ae'), 'Æ', 'AE'), 'œ', 'oe'), 'Œ', 'OE'),
                    'àáâãåāăąçćčďèéêëēėęěìíîïīįłñńňòóôõøōőŕřśšşťùúûůūűųýÿźżžÀÁÂÃÅĀĂĄÇĆČĎÈÉÊËĒĖĘĚÌÍÎÏĪĮŁÑŃŇÒÓÔÕØŌŐŔŘŚŠŞŤÙÚÛŮŪŰŲÝŸŹŻŽ',
                    'aaaaaaaacccdeeeeeeeeiiiiiilnnnooooooorrssstuuuuuuuyyzzzAAAAAAAACCCDEEEEEEEEIIIIIILNNNOOOOOOORRSSSTUUUUUUUYYZZZ'));
            """;

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterDatabase()
                .Annotation("Npgsql:PostgresExtension:fuzzystrmatch", ",,")
                .Annotation("Npgsql:PostgresExtension:pg_trgm", ",,")
                .OldAnnotation("Npgsql:PostgresExtension:pg_trgm", ",,");

            migrationBuilder.Sql(CreateFoldFunction);

            migrationBuilder.AddColumn<string>(
                name: "search_document",
                table: "products",
                type: "text",
                nullable: false,
                computedColumnSql: "commerce_fold(name_de || ' ' || coalesce(name_en, '') || ' ' || description_de || ' ' || coalesce(description_en, ''))",
                stored: true);

            migrationBuilder.AddColumn<string>(
                name: "search_name",
                table: "products",
                type: "text",
                nullable: false,
                computedColumnSql: "commerce_fold(sku || ' ' || name_de || ' ' || coalesce(name_en, ''))",
                stored: true);

            migrationBuilder.AddColumn<string>(
                name: "search_document",
                table: "categories",
                type: "text",
                nullable: false,
                computedColumnSql: "commerce_fold(slug || ' ' || name_de || ' ' || coalesce(name_en, ''))",
                stored: true);

            migrationBuilder.CreateIndex(
                name: "ix_products_search_document",
                table: "products",
                column: "search_document")
                .Annotation("Npgsql:IndexMethod", "gin")
                .Annotation("Npgsql:IndexOperators", new[] { "gin_trgm_ops" });

            migrationBuilder.CreateIndex(
                name: "ix_products_search_name",
                table: "products",
                column: "search_name")
                .Annotation("Npgsql:IndexMethod", "gin")
                .Annotation("Npgsql:IndexOperators", new[] { "gin_trgm_ops" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_products_search_document",
                table: "products");

            migrationBuilder.DropIndex(
                name: "ix_products_search_name",
                table: "products");

            migrationBuilder.DropColumn(
                name: "search_document",
                table: "products");

            migrationBuilder.DropColumn(
                name: "search_name",
                table: "products");

            migrationBuilder.DropColumn(
                name: "search_document",
                table: "categories");

            migrationBuilder.AlterDatabase()
                .Annotation("Npgsql:PostgresExtension:pg_trgm", ",,")
                .OldAnnotation("Npgsql:PostgresExtension:fuzzystrmatch", ",,")
                .OldAnnotation("Npgsql:PostgresExtension:pg_trgm", ",,");

            migrationBuilder.Sql("DROP FUNCTION commerce_fold(text);");
        }
    }
}
