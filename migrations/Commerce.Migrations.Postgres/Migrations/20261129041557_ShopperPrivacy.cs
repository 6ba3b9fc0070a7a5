using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Commerce.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class ShopperPrivacy : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "erased_at",
                table: "conversations",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "shopper_id",
                table: "conversations",
                type: "uuid",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

            // Every existing chat is its own shopper until the shopper links chats with a code.
            migrationBuilder.Sql("UPDATE conversations SET shopper_id = id;");

            migrationBuilder.CreateTable(
                name: "link_codes",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityAlwaysColumn),
                    code_hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    conversation_id = table.Column<Guid>(type: "uuid", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    expires_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    used_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_link_codes", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_conversations_shopper_id",
                table: "conversations",
                column: "shopper_id");

            migrationBuilder.CreateIndex(
                name: "ix_link_codes_code_hash",
                table: "link_codes",
                column: "code_hash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_link_codes_conversation_id",
                table: "link_codes",
                column: "conversation_id");

            migrationBuilder.CreateIndex(
                name: "ix_link_codes_expires_at",
                table: "link_codes",
                column: "expires_at");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "link_codes");

            migrationBuilder.DropIndex(
                name: "ix_conversations_shopper_id",
                table: "conversations");

            migrationBuilder.DropColumn(
                name: "erased_at",
                table: "conversations");

            migrationBuilder.DropColumn(
                name: "shopper_id",
                table: "conversations");
        }
    }
}
