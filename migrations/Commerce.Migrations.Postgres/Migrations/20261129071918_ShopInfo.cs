using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Commerce.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class ShopInfo : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "shop_info",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false),
                    shipping_de = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    shipping_en = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    delivery_de = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    delivery_en = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    returns_de = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    returns_en = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    payment_de = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    payment_en = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    contact_de = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    contact_en = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_shop_info", x => x.id);
                    table.CheckConstraint("ck_shop_info_single_row", "id = 1");
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "shop_info");
        }
    }
}
