using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Commerce.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class InboxClaimHeads : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_inbox_messages_status_next_attempt_at",
                table: "inbox_messages");

            migrationBuilder.CreateIndex(
                name: "ix_inbox_messages_id",
                table: "inbox_messages",
                column: "id",
                filter: "status in ('Pending', 'Processing')");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_inbox_messages_id",
                table: "inbox_messages");

            migrationBuilder.CreateIndex(
                name: "ix_inbox_messages_status_next_attempt_at",
                table: "inbox_messages",
                columns: new[] { "status", "next_attempt_at" },
                filter: "status in ('Pending', 'Processing')");
        }
    }
}
