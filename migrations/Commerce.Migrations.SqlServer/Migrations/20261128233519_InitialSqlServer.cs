using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Commerce.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class InitialSqlServer : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateSequence(
                name: "order_numbers",
                startValue: 10001L);

            migrationBuilder.CreateTable(
                name: "categories",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    slug = table.Column<string>(type: "nvarchar(60)", maxLength: 60, nullable: false),
                    name_de = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    name_en = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_categories", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "conversation_attachments",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    channel = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    platform_message_id = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    position = table.Column<int>(type: "int", nullable: false),
                    conversation_key = table.Column<string>(type: "nvarchar(160)", maxLength: 160, nullable: false),
                    type = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    url = table.Column<string>(type: "nvarchar(2048)", maxLength: 2048, nullable: true),
                    media_id = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    content_type = table.Column<string>(type: "nvarchar(128)", maxLength: 128, nullable: true),
                    content = table.Column<byte[]>(type: "varbinary(max)", nullable: true),
                    status = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    attempts = table.Column<int>(type: "int", nullable: false),
                    received_at = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    fetched_at = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    last_error = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_conversation_attachments", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "conversations",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    channel = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    sender_id = table.Column<string>(type: "nvarchar(128)", maxLength: 128, nullable: false),
                    language = table.Column<string>(type: "nvarchar(2)", maxLength: 2, nullable: false),
                    language_chosen = table.Column<bool>(type: "bit", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    last_inbound_at = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    human_takeover = table.Column<bool>(type: "bit", nullable: false),
                    human_requested_at = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    last_shown_product_ids = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    pending_variant_product_id = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    pending_quantity = table.Column<int>(type: "int", nullable: false),
                    offers_consent_at = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    version = table.Column<long>(type: "bigint", nullable: false, computedColumnSql: "CONVERT(bigint, CONVERT(binary(4), SUBSTRING(row_version, 5, 4)))"),
                    row_version = table.Column<byte[]>(type: "rowversion", rowVersion: true, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_conversations", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "inbox_messages",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    channel = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    platform_message_id = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    conversation_key = table.Column<string>(type: "nvarchar(160)", maxLength: 160, nullable: false),
                    message = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    status = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    attempts = table.Column<int>(type: "int", nullable: false),
                    received_at = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    next_attempt_at = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    locked_until = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    processed_at = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    last_error = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_inbox_messages", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "orders",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    number = table.Column<long>(type: "bigint", nullable: false),
                    conversation_id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    channel = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    status = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    currency = table.Column<string>(type: "nchar(3)", fixedLength: true, maxLength: 3, nullable: false),
                    total_minor = table.Column<long>(type: "bigint", nullable: false),
                    ship_name = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    ship_line1 = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    ship_line2 = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    ship_postal_code = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: true),
                    ship_city = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    ship_country = table.Column<string>(type: "nvarchar(2)", maxLength: 2, nullable: true),
                    payment_provider = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: true),
                    payment_session_id = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    payment_url = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    payment_expires_at = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    payment_reference = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    carrier = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    tracking_number = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    refund_due = table.Column<bool>(type: "bit", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    version = table.Column<long>(type: "bigint", nullable: false, computedColumnSql: "CONVERT(bigint, CONVERT(binary(4), SUBSTRING(row_version, 5, 4)))"),
                    row_version = table.Column<byte[]>(type: "rowversion", rowVersion: true, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_orders", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "outbox_messages",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    conversation_id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    channel = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    recipient_id = table.Column<string>(type: "nvarchar(128)", maxLength: 128, nullable: false),
                    kind = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    reply = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    status = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    attempts = table.Column<int>(type: "int", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    next_attempt_at = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    sent_at = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    platform_message_id = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    last_error = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    sent_parts = table.Column<int>(type: "int", nullable: false),
                    delivery_status = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: true),
                    delivery_status_at = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_outbox_messages", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "processed_payment_events",
                columns: table => new
                {
                    provider = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    event_id = table.Column<string>(type: "nvarchar(255)", maxLength: 255, nullable: false),
                    kind = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    order_id = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    processed_at = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_processed_payment_events", x => new { x.provider, x.event_id });
                });

            migrationBuilder.CreateTable(
                name: "products",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    sku = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    category_id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    name_de = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    name_en = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    description_de = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false),
                    description_en = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true),
                    price_amount = table.Column<decimal>(type: "decimal(12,2)", precision: 12, scale: 2, nullable: false),
                    price_currency = table.Column<string>(type: "nchar(3)", fixedLength: true, maxLength: 3, nullable: false),
                    image_path = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true),
                    status = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    stock = table.Column<int>(type: "int", nullable: false),
                    version = table.Column<long>(type: "bigint", nullable: false, computedColumnSql: "CONVERT(bigint, CONVERT(binary(4), SUBSTRING(row_version, 5, 4)))"),
                    row_version = table.Column<byte[]>(type: "rowversion", rowVersion: true, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_products", x => x.id);
                    table.CheckConstraint("ck_products_price_positive", "price_amount > 0");
                    table.CheckConstraint("ck_products_stock_non_negative", "stock >= 0");
                    table.ForeignKey(
                        name: "fk_products_categories_category_id",
                        column: x => x.category_id,
                        principalTable: "categories",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "carts",
                columns: table => new
                {
                    conversation_id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    version = table.Column<long>(type: "bigint", nullable: false, computedColumnSql: "CONVERT(bigint, CONVERT(binary(4), SUBSTRING(row_version, 5, 4)))"),
                    row_version = table.Column<byte[]>(type: "rowversion", rowVersion: true, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_carts", x => x.conversation_id);
                    table.ForeignKey(
                        name: "fk_carts_conversations_conversation_id",
                        column: x => x.conversation_id,
                        principalTable: "conversations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "OrderLines",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    product_id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    variant_id = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    sku = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    name = table.Column<string>(type: "nvarchar(250)", maxLength: 250, nullable: false),
                    unit_price_minor = table.Column<long>(type: "bigint", nullable: false),
                    quantity = table.Column<int>(type: "int", nullable: false),
                    order_id = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_order_lines", x => x.id);
                    table.ForeignKey(
                        name: "fk_order_lines_orders_order_id",
                        column: x => x.order_id,
                        principalTable: "orders",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "OrderStatusChanges",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    from = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: true),
                    to = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    at = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    cause = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    order_id = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_order_status_changes", x => x.id);
                    table.ForeignKey(
                        name: "fk_order_status_changes_orders_order_id",
                        column: x => x.order_id,
                        principalTable: "orders",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "stock_movements",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    product_id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    variant_id = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    delta = table.Column<int>(type: "int", nullable: false),
                    resulting_stock = table.Column<int>(type: "int", nullable: false),
                    reason = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    at = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_stock_movements", x => x.id);
                    table.ForeignKey(
                        name: "fk_stock_movements_products_product_id",
                        column: x => x.product_id,
                        principalTable: "products",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "variants",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    product_id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    sku = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    option_name_de = table.Column<string>(type: "nvarchar(60)", maxLength: 60, nullable: false),
                    option_name_en = table.Column<string>(type: "nvarchar(60)", maxLength: 60, nullable: true),
                    option_value = table.Column<string>(type: "nvarchar(60)", maxLength: 60, nullable: false),
                    stock = table.Column<int>(type: "int", nullable: false),
                    version = table.Column<long>(type: "bigint", nullable: false, computedColumnSql: "CONVERT(bigint, CONVERT(binary(4), SUBSTRING(row_version, 5, 4)))"),
                    row_version = table.Column<byte[]>(type: "rowversion", rowVersion: true, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_variants", x => x.id);
                    table.CheckConstraint("ck_variants_stock_non_negative", "stock >= 0");
                    table.ForeignKey(
                        name: "fk_variants_products_product_id",
                        column: x => x.product_id,
                        principalTable: "products",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CartLines",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    product_id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    variant_id = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    quantity = table.Column<int>(type: "int", nullable: false),
                    cart_id = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_cart_lines", x => x.id);
                    table.CheckConstraint("ck_cart_lines_quantity_positive", "quantity > 0");
                    table.ForeignKey(
                        name: "fk_cart_lines_carts_cart_id",
                        column: x => x.cart_id,
                        principalTable: "carts",
                        principalColumn: "conversation_id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_cart_lines_cart_id",
                table: "CartLines",
                column: "cart_id");

            migrationBuilder.CreateIndex(
                name: "ix_cart_lines_product_id",
                table: "CartLines",
                column: "product_id");

            migrationBuilder.CreateIndex(
                name: "ix_categories_slug",
                table: "categories",
                column: "slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_conversation_attachments_channel_platform_message_id_position",
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

            migrationBuilder.CreateIndex(
                name: "ix_conversations_channel_sender_id",
                table: "conversations",
                columns: new[] { "channel", "sender_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_inbox_messages_channel_platform_message_id",
                table: "inbox_messages",
                columns: new[] { "channel", "platform_message_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_inbox_messages_conversation_key_id",
                table: "inbox_messages",
                columns: new[] { "conversation_key", "id" },
                filter: "status in ('Pending', 'Processing')");

            migrationBuilder.CreateIndex(
                name: "ix_inbox_messages_status_next_attempt_at",
                table: "inbox_messages",
                columns: new[] { "status", "next_attempt_at" },
                filter: "status in ('Pending', 'Processing')");

            migrationBuilder.CreateIndex(
                name: "ix_order_lines_order_id",
                table: "OrderLines",
                column: "order_id");

            migrationBuilder.CreateIndex(
                name: "ix_orders_conversation_id_created_at",
                table: "orders",
                columns: new[] { "conversation_id", "created_at" });

            migrationBuilder.CreateIndex(
                name: "ix_orders_number",
                table: "orders",
                column: "number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_orders_payment_reference",
                table: "orders",
                column: "payment_reference");

            migrationBuilder.CreateIndex(
                name: "ix_orders_payment_session_id",
                table: "orders",
                column: "payment_session_id");

            migrationBuilder.CreateIndex(
                name: "ix_orders_status_created_at",
                table: "orders",
                columns: new[] { "status", "created_at" });

            migrationBuilder.CreateIndex(
                name: "ix_order_status_changes_order_id",
                table: "OrderStatusChanges",
                column: "order_id");

            migrationBuilder.CreateIndex(
                name: "ix_outbox_messages_channel_platform_message_id",
                table: "outbox_messages",
                columns: new[] { "channel", "platform_message_id" },
                filter: "platform_message_id IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_outbox_messages_conversation_id_id",
                table: "outbox_messages",
                columns: new[] { "conversation_id", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_outbox_messages_status_next_attempt_at",
                table: "outbox_messages",
                columns: new[] { "status", "next_attempt_at" },
                filter: "status = 'Pending'");

            migrationBuilder.CreateIndex(
                name: "ix_processed_payment_events_order_id",
                table: "processed_payment_events",
                column: "order_id");

            migrationBuilder.CreateIndex(
                name: "ix_products_category_id",
                table: "products",
                column: "category_id");

            migrationBuilder.CreateIndex(
                name: "ix_products_sku",
                table: "products",
                column: "sku",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_stock_movements_product_id_at",
                table: "stock_movements",
                columns: new[] { "product_id", "at" });

            migrationBuilder.CreateIndex(
                name: "ix_variants_product_id",
                table: "variants",
                column: "product_id");

            migrationBuilder.CreateIndex(
                name: "ix_variants_sku",
                table: "variants",
                column: "sku",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CartLines");

            migrationBuilder.DropTable(
                name: "conversation_attachments");

            migrationBuilder.DropTable(
                name: "inbox_messages");

            migrationBuilder.DropTable(
                name: "OrderLines");

            migrationBuilder.DropTable(
                name: "OrderStatusChanges");

            migrationBuilder.DropTable(
                name: "outbox_messages");

            migrationBuilder.DropTable(
                name: "processed_payment_events");

            migrationBuilder.DropTable(
                name: "stock_movements");

            migrationBuilder.DropTable(
                name: "variants");

            migrationBuilder.DropTable(
                name: "carts");

            migrationBuilder.DropTable(
                name: "orders");

            migrationBuilder.DropTable(
                name: "products");

            migrationBuilder.DropTable(
                name: "conversations");

            migrationBuilder.DropTable(
                name: "categories");

            migrationBuilder.DropSequence(
                name: "order_numbers");
        }
    }
}
