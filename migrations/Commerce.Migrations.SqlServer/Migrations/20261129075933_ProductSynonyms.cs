using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Commerce.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class ProductSynonyms : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "synonyms",
                table: "products",
                type: "nvarchar(1000)",
                maxLength: 1000,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "synonyms",
                table: "products");
        }
    }
}
