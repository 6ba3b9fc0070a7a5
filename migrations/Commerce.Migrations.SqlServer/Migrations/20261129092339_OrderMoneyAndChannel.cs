using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Commerce.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class OrderMoneyAndChannel : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<decimal>(
                name: "returned_amount",
                table: "orders",
                type: "decimal(14,2)",
                precision: 14,
                scale: 2,
                nullable: false,
                defaultValue: 0m);

            migrationBuilder.AddColumn<string>(
                name: "returned_currency",
                table: "orders",
                type: "nchar(3)",
                fixedLength: true,
                maxLength: 3,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<decimal>(
                name: "total_amount",
                table: "orders",
                type: "decimal(14,2)",
                precision: 14,
                scale: 2,
                nullable: false,
                defaultValue: 0m);

            // The amounts were kept in minor units (cents; yen have none); a total is now an amount with its currency.
            migrationBuilder.Sql("""
                UPDATE orders SET
                    total_amount = CASE WHEN currency = 'JPY' THEN total_minor ELSE total_minor / 100.0 END,
                    returned_amount = CASE WHEN currency = 'JPY' THEN returned_minor ELSE returned_minor / 100.0 END,
                    returned_currency = currency
                """);

            migrationBuilder.DropColumn(
                name: "returned_minor",
                table: "orders");

            migrationBuilder.DropColumn(
                name: "total_minor",
                table: "orders");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "returned_minor",
                table: "orders",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "total_minor",
                table: "orders",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.Sql("""
                UPDATE orders SET
                    total_minor = CAST(CASE WHEN currency = 'JPY' THEN total_amount ELSE total_amount * 100 END AS bigint),
                    returned_minor = CAST(CASE WHEN currency = 'JPY' THEN returned_amount ELSE returned_amount * 100 END AS bigint)
                """);

            migrationBuilder.DropColumn(
                name: "returned_amount",
                table: "orders");

            migrationBuilder.DropColumn(
                name: "returned_currency",
                table: "orders");

            migrationBuilder.DropColumn(
                name: "total_amount",
                table: "orders");
        }
    }
}
