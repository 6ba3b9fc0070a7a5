using Commerce.Domain.Carts;
using Commerce.Domain.Conversations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Commerce.Infrastructure.Persistence.Configurations;

internal sealed class CartConfiguration : IEntityTypeConfiguration<Cart>
{
    public void Configure(EntityTypeBuilder<Cart> builder)
    {
        builder.ToTable("Carts");
        builder.HasKey(c => c.ConversationId);
        builder.HasOne<Conversation>().WithOne().HasForeignKey<Cart>(c => c.ConversationId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(c => c.Version).HasColumnName("xmin").IsRowVersion();
        builder.OwnsMany(c => c.Lines, line =>
        {
            line.ToTable("CartLines", t => t.HasCheckConstraint("ck_cart_lines_quantity_positive", "quantity > 0"));
            line.WithOwner().HasForeignKey("CartId");
            line.HasKey(l => l.Id);
            line.Property(l => l.Id).ValueGeneratedNever();
            line.HasIndex(l => l.ProductId);
        });
        builder.Navigation(c => c.Lines).HasField("_lines").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
