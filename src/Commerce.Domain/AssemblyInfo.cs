[assembly: System.Runtime.CompilerServices.InternalsVisibleTo("Commerce.Domain.Tests")]
