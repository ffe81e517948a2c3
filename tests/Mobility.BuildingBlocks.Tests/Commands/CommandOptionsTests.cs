using Mobility.BuildingBlocks.Commands;

namespace Mobility.BuildingBlocks.Tests.Commands;

public sealed class CommandOptionsTests
{
    private static readonly string[] Known = ["email", "days", "role", "id"];

    [Fact]
    public void Options_are_read_by_name_and_may_repeat()
    {
        var id = Guid.NewGuid();

        var options = CommandOptions.Parse(["--email", "a@b.example", "--role", "Funder", "--role", "Learner", "--days", "30", "--id", id.ToString()], Known);

        Assert.Equal("a@b.example", options.Required("email"));
        Assert.Equal(["Funder", "Learner"], options.All("role"));
        Assert.Equal(30, options.Number("days"));
        Assert.Equal(id, options.Id("id"));
        Assert.Null(options.Value("missing"));
    }

    [Theory]
    [InlineData("--mail|a", "Unknown option '--mail'; options are --email, --days, --role, --id.")]
    [InlineData("stray", "Unexpected argument 'stray'; options are --email, --days, --role, --id.")]
    [InlineData("--email", "Option '--email' needs a value.")]
    [InlineData("--email|--days|3", "Option '--email' needs a value.")]
    public void Unusable_arguments_are_named_in_one_line(string arguments, string message)
        => Assert.Equal(message, Assert.Throws<CommandLineException>(() => CommandOptions.Parse(arguments.Split('|'), Known)).Message);

    [Theory]
    [InlineData("--days|ninety", "Option '--days' needs a whole number, not 'ninety'.")]
    [InlineData("--days|-3", "Option '--days' needs a whole number, not '-3'.")]
    [InlineData("--id|42", "Option '--id' needs an id (a UUID), not '42'.")]
    [InlineData("--email|a|--email|b", "Option '--email' is given more than once.")]
    public void Malformed_values_are_named(string arguments, string message)
    {
        var options = CommandOptions.Parse(arguments.Split('|'), Known);

        var error = Assert.Throws<CommandLineException>(() =>
        {
            _ = options.Number("days");
            _ = options.Id("id");
            _ = options.Value("email");
        });
        Assert.Equal(message, error.Message);
    }

    [Fact]
    public void A_missing_required_option_is_named()
        => Assert.Equal("Option '--email' is required.", Assert.Throws<CommandLineException>(() => CommandOptions.Parse([], Known).Required("email")).Message);
}
