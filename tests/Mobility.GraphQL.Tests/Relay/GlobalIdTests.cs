using System.Text;
using Mobility.GraphQL.Relay;

namespace Mobility.GraphQL.Tests.Relay;

/// <summary>The public reading of global IDs, for inputs outside GraphQL (a CSV file): as lenient as the schema.</summary>
public sealed class GlobalIdTests
{
    private static readonly Guid Key = Guid.Parse("0b4e6b0c-52c4-4f4b-9a7e-3c1f1f6a9d21");

    [Fact]
    public void Of_writes_the_format_the_schema_writes()
        => Assert.Equal(Convert.ToBase64String(Encoding.UTF8.GetBytes("Learner:0b4e6b0c52c44f4b9a7e3c1f1f6a9d21")), GlobalId.Of("Learner", Key));

    [Theory]
    [InlineData("0b4e6b0c-52c4-4f4b-9a7e-3c1f1f6a9d21")]
    [InlineData("0b4e6b0c52c44f4b9a7e3c1f1f6a9d21")]
    public void A_bare_uuid_is_the_key_of_the_expected_type(string value)
    {
        Assert.True(GlobalId.TryParse(value, "Learner", out var key, out var other));
        Assert.Equal((Key, null), (key, other));
    }

    [Fact]
    public void A_global_id_of_the_expected_type_gives_its_key_and_one_of_another_type_names_that_type()
    {
        Assert.True(GlobalId.TryParse(GlobalId.Of("Learner", Key), "Learner", out var key, out _));
        Assert.Equal(Key, key);

        Assert.False(GlobalId.TryParse(GlobalId.Of("Placement", Key), "Learner", out key, out var other));
        Assert.Equal((Guid.Empty, "Placement"), (key, other));
    }

    [Theory]
    [InlineData("not-an-id")]
    [InlineData("")]
    [InlineData("TGVhcm5lcjpub3QtYS11dWlk")] // "Learner:not-a-uuid"
    public void Anything_else_is_not_an_id(string value)
    {
        Assert.False(GlobalId.TryParse(value, "Learner", out var key, out var other));
        Assert.Equal((Guid.Empty, null), (key, other));
    }
}
