using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Commerce.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class Broadcasts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "offers_consent_withdrawn_at",
                table: "conversations",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "broadcasts",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    text_de = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    text_en = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    product_ids = table.Column<List<Guid>>(type: "uuid[]", nullable: false),
                    channels = table.Column<List<string>>(type: "text[]", nullable: false),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    started_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    finished_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    recipient_count = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_broadcasts", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "broadcast_recipients",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityAlwaysColumn),
                    broadcast_id = table.Column<Guid>(type: "uuid", nullable: false),
                    conversation_id = table.Column<Guid>(type: "uuid", nullable: false),
                    channel = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    outbox_message_id = table.Column<long>(type: "bigint", nullable: true),
                    processed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    claim_id = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_broadcast_recipients", x => x.id);
                    table.ForeignKey(
                        name: "fk_broadcast_recipients_broadcasts_broadcast_id",
                        column: x => x.broadcast_id,
                        principalTable: "broadcasts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_broadcast_recipients_broadcast_id_conversation_id",
                table: "broadcast_recipients",
                columns: new[] { "broadcast_id", "conversation_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_broadcast_recipients_broadcast_id_id",
                table: "broadcast_recipients",
                columns: new[] { "broadcast_id", "id" },
                filter: "status = 'Pending'");

            migrationBuilder.CreateIndex(
                name: "ix_broadcast_recipients_outbox_message_id",
                table: "broadcast_recipients",
                column: "outbox_message_id");

            migrationBuilder.CreateIndex(
                name: "ix_broadcasts_created_at",
                table: "broadcasts",
                column: "created_at");

            migrationBuilder.CreateIndex(
                name: "ix_broadcasts_status",
                table: "broadcasts",
                column: "status",
                filter: "status = 'Sending'");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "broadcast_recipients");

            migrationBuilder.DropTable(
                name: "broadcasts");

            migrationBuilder.DropColumn(
                name: "offers_consent_withdrawn_at",
                table: "conversations");
        }
    }
}
