using Extraction;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the Extraction <see cref="Extractor"/> in a service collection.</summary>
public static class ExtractionServiceCollectionExtensions
{
    /// <summary>
    /// Registers one shared <see cref="Extractor"/> (a singleton: it is immutable and thread-safe) created from
    /// <paramref name="options"/>. Calling it again does nothing: the first registration wins.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="options">What the extractor computes; <see langword="null"/> for the defaults.</param>
    /// <returns><paramref name="services"/>, for chaining.</returns>
    /// <remarks>
    /// The extractor is created here, at registration, so invalid options fail at start-up rather than at the first
    /// request; the built-in models still load lazily, on first use, once per process.
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is null.</exception>
    /// <exception cref="ArgumentException">The options are invalid (see <see cref="Extractor.Create"/>).</exception>
    /// <exception cref="ModelLoadException">A model file named by the options cannot be loaded.</exception>
    public static IServiceCollection AddExtraction(this IServiceCollection services, ExtractorOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        foreach (ServiceDescriptor descriptor in services)
        {
            if (descriptor.ServiceType == typeof(Extractor))
            {
                return services;
            }
        }

        services.TryAddSingleton(Extractor.Create(options));
        return services;
    }
}
