using Pactum.Domain.Calendars;
using Pactum.Domain.Files;

namespace Pactum.Domain.Tests.Files;

public sealed class YamlLimitsTests
{
    [Theory]
    [InlineData(100_000, "[", "]")] // flow sequences a hundred thousand deep: the text that overflowed the stack
    [InlineData(20_000, "{a: ", "}")] // flow mappings
    public void LoadRoot_NestedFarTooDeep_IsRefusedWithTheLineInsteadOfOverflowingTheStack(int depth, string open, string close)
    {
        var errors = new FileErrors("deep.yaml");

        var root = YamlText.LoadRoot("a: " + string.Concat(Enumerable.Repeat(open, depth)) + "1" + string.Concat(Enumerable.Repeat(close, depth)), errors);

        Assert.Null(root);
        var error = Assert.Single(errors.All);
        Assert.Equal((1, "the collections nest more than 64 deep"), (error.Line, error.Message));
    }

    [Fact]
    public void LoadRoot_NestedByIndentation_IsRefused()
    {
        var text = string.Concat(Enumerable.Range(0, 200).Select(i => new string(' ', i) + $"k{i}:\n")) + new string(' ', 200) + "v\n";
        var errors = new FileErrors("indented.yaml");

        Assert.Null(YamlText.LoadRoot(text, errors));
        Assert.Equal("the collections nest more than 64 deep", Assert.Single(errors.All).Message);
    }

    [Fact]
    public void LoadRoot_SixtyFourLevels_AreRead()
    {
        var errors = new FileErrors("ok.yaml");

        var root = YamlText.LoadRoot("a: " + new string('[', 63) + "1" + new string(']', 63), errors);

        Assert.NotNull(root);
        Assert.Equal(0, errors.Count);
    }

    [Fact]
    public void LoadRoot_AliasBomb_IsRefusedBeforeItIsExpanded()
    {
        // "Billion laughs": each level repeats the one before nine times; six levels expand to 9^6 = 531,441 values.
        var text = "a: &a [x, x, x, x, x, x, x, x, x]\n"
            + string.Concat("bcdef".Select((name, i) => $"{name}: &{name} [{string.Join(", ", Enumerable.Repeat($"*{"abcde"[i]}", 9))}]\n"));
        var errors = new FileErrors("bomb.yaml");

        Assert.Null(YamlText.LoadRoot(text, errors));
        Assert.Equal("the text holds more than 100,000 values once its aliases are expanded", Assert.Single(errors.All).Message);
    }

    [Fact]
    public void LoadRoot_MoreThanAHundredAliases_IsRefused()
    {
        var text = "a: &a x\nb: [" + string.Join(", ", Enumerable.Repeat("*a", 101)) + "]\n";
        var errors = new FileErrors("aliases.yaml");

        Assert.Null(YamlText.LoadRoot(text, errors));
        Assert.Equal((2, "the text uses more than 100 aliases"), (Assert.Single(errors.All).Line, errors.All[0].Message));
    }

    [Fact]
    public void LoadRoot_TextLongerThanTheBound_IsRefusedWithoutReadingIt()
    {
        var errors = new FileErrors("long.yaml");

        Assert.Null(YamlText.LoadRoot("a: " + new string('x', YamlLimits.MaxCharacters), errors));
        Assert.Equal("the text is 1,048,579 characters long; at most 1,048,576 are read", Assert.Single(errors.All).Message);
    }

    [Fact]
    public void CalendarFile_DeepCalendarText_IsAnErrorNotACrash()
    {
        var parsed = CalendarFile.Parse("timeZone: UTC\nhours: " + new string('[', 50_000), "calendar.yaml");

        Assert.False(parsed.IsValid);
        Assert.Contains("nest more than 64 deep", parsed.Errors[0].Message, StringComparison.Ordinal);
    }
}
