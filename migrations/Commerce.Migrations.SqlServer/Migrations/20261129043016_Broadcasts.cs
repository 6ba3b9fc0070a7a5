using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Commerce.Migrations.SqlServer.Migrations
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
                type: "datetimeoffset",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "broadcasts",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    name = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    text_de = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: false),
                    text_en = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    product_ids = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    channels = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    status = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    started_at = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    finished_at = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    recipient_count = table.Column<int>(type: "int", nullable: false)
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
                        .Annotation("SqlServer:Identity", "1, 1"),
                    broadcast_id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    conversation_id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    channel = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    status = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    reason = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true),
                    outbox_message_id = table.Column<long>(type: "bigint", nullable: true),
                    processed_at = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    claim_id = table.Column<Guid>(type: "uniqueidentifier", nullable: true)
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
