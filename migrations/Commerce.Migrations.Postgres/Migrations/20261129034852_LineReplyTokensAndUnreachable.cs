using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Commerce.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class LineReplyTokensAndUnreachable : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "reply_token",
                table: "outbox_messages",
                type: "character varying(256)",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "reply_token_received_at",
                table: "outbox_messages",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "unreachable_since",
                table: "conversations",
                type: "timestamp with time zone",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "reply_token",
                table: "outbox_messages");

            migrationBuilder.DropColumn(
                name: "reply_token_received_at",
                table: "outbox_messages");

            migrationBuilder.DropColumn(
                name: "unreachable_since",
                table: "conversations");
        }
    }
}
