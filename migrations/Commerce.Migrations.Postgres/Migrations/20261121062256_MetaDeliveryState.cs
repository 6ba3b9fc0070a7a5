using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Commerce.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class MetaDeliveryState : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "delivery_status",
                table: "outbox_messages",
                type: "character varying(16)",
                maxLength: 16,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "delivery_status_at",
                table: "outbox_messages",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "sent_parts",
                table: "outbox_messages",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateTable(
                name: "conversation_attachments",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityAlwaysColumn),
                    channel = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    platform_message_id = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    position = table.Column<int>(type: "integer", nullable: false),
                    conversation_key = table.Column<string>(type: "character varying(160)", maxLength: 160, nullable: false),
                    type = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    url = table.Column<string>(type: "character varying(2048)", maxLength: 2048, nullable: true),
                    media_id = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    content_type = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: true),
                    content = table.Column<byte[]>(type: "bytea", nullable: true),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    attempts = table.Column<int>(type: "integer", nullable: false),
                    received_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    fetched_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    last_error = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_conversation_attachments", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_outbox_messages_channel_platform_message_id",
                table: "outbox_messages",
                columns: new[] { "channel", "platform_message_id" },
                filter: "platform_message_id IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_conversation_attachments_channel_platform_message_id_positi~",
                table: "conversation_attachments",
                columns: new[] { "channel", "platform_message_id", "position" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_conversation_attachments_conversation_key",
                table: "conversation_attachments",
                column: "conversation_key");

            migrationBuilder.CreateIndex(
                name: "ix_conversation_attachments_status",
                table: "conversation_attachments",
                column: "status",
                filter: "status = 'Pending'");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "conversation_attachments");

            migrationBuilder.DropIndex(
                name: "ix_outbox_messages_channel_platform_message_id",
                table: "outbox_messages");

            migrationBuilder.DropColumn(
                name: "delivery_status",
                table: "outbox_messages");

            migrationBuilder.DropColumn(
                name: "delivery_status_at",
                table: "outbox_messages");

            migrationBuilder.DropColumn(
                name: "sent_parts",
                table: "outbox_messages");
        }
    }
}
