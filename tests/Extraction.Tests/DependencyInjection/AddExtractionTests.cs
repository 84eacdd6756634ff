using Microsoft.Extensions.DependencyInjection;

namespace Extraction.Tests.DependencyInjection;

public class AddExtractionTests
{
    [Fact]
    public void Registers_one_shared_extractor()
    {
        using ServiceProvider provider = new ServiceCollection()
            .AddExtraction(new ExtractorOptions { Languages = [Language.French] })
            .BuildServiceProvider();

        Extractor first = provider.GetRequiredService<Extractor>();
        first.Should().BeSameAs(provider.GetRequiredService<Extractor>());
        first.Options.Languages.Should().Equal(Language.French);
    }

    [Fact]
    public void Calling_it_twice_keeps_the_first_registration()
    {
        var services = new ServiceCollection();
        services.AddExtraction(new ExtractorOptions { Languages = [Language.Spanish] });
        services.AddExtraction(new ExtractorOptions { Languages = [Language.English] });

        services.Should().ContainSingle(descriptor => descriptor.ServiceType == typeof(Extractor));
        using ServiceProvider provider = services.BuildServiceProvider();
        provider.GetRequiredService<Extractor>().Options.Languages.Should().Equal(Language.Spanish);
    }

    [Fact]
    public void Null_services_throw_ArgumentNullException()
    {
        Action act = () => ExtractionServiceCollectionExtensions.AddExtraction(null!);
        act.Should().Throw<ArgumentNullException>().WithParameterName("services");
    }

    [Fact]
    public void Invalid_options_fail_at_registration()
    {
        Action act = () => new ServiceCollection().AddExtraction(new ExtractorOptions { Languages = [] });
        act.Should().Throw<ArgumentException>().WithMessage("*at least one language*");
    }

    [Fact]
    public void Default_options_read_all_three_languages()
    {
        using ServiceProvider provider = new ServiceCollection().AddExtraction().BuildServiceProvider();
        provider.GetRequiredService<Extractor>().Options.Languages.Should().BeEquivalentTo(LanguageCodes.Supported);
    }
}
