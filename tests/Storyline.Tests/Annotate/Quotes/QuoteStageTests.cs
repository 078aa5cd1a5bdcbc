using Storyline.Annotate.Quotes;

namespace Storyline.Tests.Annotate.Quotes;

/// <summary>Rule families of quote detection, on invented sentences.</summary>
public class QuoteStageTests
{
    private sealed record Found(string Content, string Cue, string Speaker, string Resolved, bool Direct, string[] Parts);

    private static List<Found> Quotes(string text) =>
        QuoteStage.Find(text).Select(q => new Found(
            text.Substring(q.Content.Start, q.Content.Length),
            text.Substring(q.Cue.Start, q.Cue.Length),
            text.Substring(q.Speaker.Start, q.Speaker.Length),
            text.Substring(q.ResolvedSpeaker.Start, q.ResolvedSpeaker.Length),
            q.Direct,
            q.Parts.Select(p => text.Substring(p.Start, p.Length)).ToArray())).ToList();

    private static Found Single(string text)
    {
        var quotes = Quotes(text);
        Assert.Single(quotes);
        return quotes[0];
    }

    // ---- quotation-mark styles ----

    [Theory]
    [InlineData("\u201CThe bridge will reopen in May,\u201D said Laura Brenner.", "\u201CThe bridge will reopen in May,\u201D")]
    [InlineData("\"The bridge will reopen in May,\" said Laura Brenner.", "\"The bridge will reopen in May,\"")]
    [InlineData("\u2018The bridge will reopen in May,\u2019 said Laura Brenner.", "\u2018The bridge will reopen in May,\u2019")]
    [InlineData("\u00ABThe bridge will reopen in May,\u00BB said Laura Brenner.", "\u00ABThe bridge will reopen in May,\u00BB")]
    [InlineData("\u201EThe bridge will reopen in May,\u201C said Laura Brenner.", "\u201EThe bridge will reopen in May,\u201C")]
    [InlineData("''The bridge will reopen in May,'' said Laura Brenner.", "''The bridge will reopen in May,''")]
    public void Finds_quotes_in_every_mark_style(string text, string content)
    {
        var q = Single(text);
        Assert.Equal(content, q.Content);
        Assert.Equal("Laura Brenner", q.Speaker);
        Assert.True(q.Direct);
    }

    [Fact]
    public void Apostrophes_inside_single_quotes_do_not_close_them()
    {
        var q = Single("\u2018We don\u2019t build bridges to nowhere,\u2019 said Laura Brenner.");
        Assert.Equal("\u2018We don\u2019t build bridges to nowhere,\u2019", q.Content);
    }

    // ---- attribution patterns ----

    [Fact]
    public void Inverted_attribution_said_name()
    {
        var q = Single("\u201CWe will not close the port,\u201D said Harbour Master Tomas Reyes.");
        Assert.Equal("said", q.Cue);
        Assert.Equal("Harbour Master Tomas Reyes", q.Speaker);
    }

    [Fact]
    public void Name_said_after_the_quote()
    {
        var q = Single("\u201CWe will not close the port,\u201D Tomas Reyes said on Monday.");
        Assert.Equal("Tomas Reyes", q.Speaker);
        Assert.Equal("said", q.Cue);
    }

    [Fact]
    public void Colon_introduced_quote()
    {
        var q = Single("Tomas Reyes said: \u201CWe will not close the port, whatever the ministry decides.\u201D");
        Assert.Equal("\u201CWe will not close the port, whatever the ministry decides.\u201D", q.Content);
        Assert.Equal("Tomas Reyes", q.Speaker);
        Assert.True(q.Direct);
    }

    [Fact]
    public void Name_alone_before_a_colon_speaks_in_headlines()
    {
        var q = Single("Reyes: \u201CWe will not close the port whatever the ministry decides\u201D");
        Assert.Equal("Reyes", q.Speaker);
    }

    [Fact]
    public void Reported_speech_with_that()
    {
        var q = Single("The harbour master said that the port would stay open through the winter.");
        Assert.Equal("that the port would stay open through the winter", q.Content);
        Assert.Equal("The harbour master", q.Speaker);
        Assert.False(q.Direct);
    }

    [Fact]
    public void Content_after_the_cue_wins_over_an_introductory_phrase_before_the_speaker()
    {
        var q = Single("As the head of the harbour board, however, Mira Okafor said she would keep the port open.");
        Assert.Equal("she would keep the port open", q.Content);
        Assert.Equal("Mira Okafor", q.Speaker);
    }

    [Fact]
    public void Listener_and_circumstance_before_a_comma_are_not_content()
    {
        var q = Single("He told the local radio station by telephone, he would resign after the vote.");
        Assert.Equal("he would resign after the vote", q.Content);
        Assert.Equal("told", q.Cue);
    }

    [Fact]
    public void Declaring_oneself_something_is_not_reported_speech()
    {
        Assert.Empty(Quotes("Last month the general declared himself acting governor of the northern province."));
    }

    [Fact]
    public void According_to_names_the_source()
    {
        var q = Single("According to Tomas Reyes, the port will stay open through the winter.");
        Assert.Equal("the port will stay open through the winter", q.Content);
        Assert.Equal("Tomas Reyes", q.Speaker);
        Assert.Equal("According to", q.Cue);
    }

    [Fact]
    public void Trailing_told_outlet_attribution()
    {
        var q = Single("The port will stay open through the winter, Tomas Reyes told Reuters.");
        Assert.Equal("The port will stay open through the winter", q.Content);
        Assert.Equal("Tomas Reyes", q.Speaker);
        Assert.Equal("told", q.Cue);
    }

    [Fact]
    public void Told_skips_the_listener_before_the_content()
    {
        var q = Single("Tomas Reyes told Reuters the port would stay open through the winter.");
        Assert.Equal("the port would stay open through the winter", q.Content);
    }

    [Fact]
    public void Fragment_inside_a_sentence_is_reported_speech()
    {
        var q = Single("Tomas Reyes said the closure was \u201Cnot on the table\u201D for now.");
        Assert.False(q.Direct);
        Assert.Contains("\u201Cnot on the table\u201D", q.Content);
        Assert.Equal("Tomas Reyes", q.Speaker);
    }

    [Fact]
    public void Appositive_between_name_and_cue()
    {
        var q = Single("\u201CWe will not close the port,\u201D Tomas Reyes, the harbour master, said.");
        Assert.Equal("Tomas Reyes", q.Speaker);
    }

    // ---- continuations ----

    [Fact]
    public void Second_quote_after_attribution_continues_the_first()
    {
        var q = Single("\u201CWe will not close the port,\u201D Tomas Reyes said. \u201CThe fishermen need it.\u201D");
        Assert.Equal(["\u201CWe will not close the port,\u201D", "\u201CThe fishermen need it.\u201D"], q.Parts);
    }

    [Fact]
    public void Quote_interrupted_by_its_attribution_is_one_utterance()
    {
        var q = Single("\u201CWe will not close the port,\u201D Tomas Reyes said, \u201Cbecause the fishermen need it.\u201D");
        Assert.Equal(2, q.Parts.Length);
    }

    [Fact]
    public void Multi_paragraph_quote_reopens_without_closing()
    {
        var text = "\u201CWe will not close the port,\u201D Tomas Reyes said. \u201CThe fishermen need it every single day of the year.\n\n" +
                   "\u201CAnd the ferries carry the children to school.\u201D";
        var q = Single(text);
        Assert.Equal(3, q.Parts.Length);
        Assert.Equal("\u201CAnd the ferries carry the children to school.\u201D", q.Parts[2]);
    }

    // ---- speaker resolution ----

    [Fact]
    public void Pronoun_speaker_resolves_to_nearest_named_speaker()
    {
        var text = "\u201CThe port stays open,\u201D said Tomas Reyes.\n\nThe ministry disagreed.\n\n\u201CWe will keep fighting,\u201D he added.";
        var quotes = Quotes(text);
        var added = quotes.Single(q => q.Cue == "added");
        Assert.Equal("he", added.Speaker);
        Assert.Equal("Tomas Reyes", added.Resolved);
    }

    [Fact]
    public void Pronoun_speaker_skips_a_speaker_of_the_other_gender()
    {
        var text = "\u201CThe port stays open,\u201D said Mr. Reyes. \u201CWe disagree,\u201D said Ms. Alvarado.\n\n\u201CWe will keep fighting,\u201D he added.";
        var added = Quotes(text).Single(q => q.Cue == "added");
        Assert.Equal("Mr. Reyes", added.Resolved);
    }

    [Fact]
    public void Pronoun_speaker_resolves_to_a_sentence_subject_when_no_one_spoke_before()
    {
        var text = "Tomas Reyes arrived at the harbour on Monday.\n\n\u201CWe will keep fighting for this port,\u201D he said.";
        var q = Single(text);
        Assert.Equal("Tomas Reyes", q.Resolved);
    }

    [Fact]
    public void Role_speaker_resolves_to_the_named_holder_of_the_role()
    {
        var text = "Portuguese Prime Minister Ana Duarte visited the harbour.\n\n\u201CThe port stays open,\u201D said the Portuguese prime minister.";
        var q = Single(text);
        Assert.Equal("the Portuguese prime minister", q.Speaker);
        Assert.Equal("Ana Duarte", q.Resolved);
    }

    [Fact]
    public void Role_speaker_without_a_named_holder_stays_unresolved()
    {
        var q = Single("\u201CThe port stays open,\u201D said a harbour official.");
        Assert.Equal("a harbour official", q.Speaker);
        Assert.Equal("", q.Resolved);
    }

    // ---- negative cases ----

    [Fact]
    public void Scare_quotes_around_a_term_are_not_quotes()
    {
        Assert.Empty(Quotes("The so-called \u201Cblue economy\u201D has grown along the coast."));
    }

    [Fact]
    public void Titles_of_works_are_not_quotes()
    {
        Assert.Empty(Quotes("The documentary \u201CHarbour Lights\u201D won a prize in Lisbon last year."));
        Assert.Empty(Quotes("She reviewed \"The Long Winter\" for a local paper."));
    }

    [Fact]
    public void Unclosed_mark_in_a_sentence_without_cue_is_not_a_quote()
    {
        Assert.Empty(Quotes("The port is \u201Copen."));
    }

    // ---- recall rules added on PolNeAR train errors (second pass) ----

    [Fact]
    public void Sentence_opening_said_before_the_speaker_attributes_the_quote()
    {
        var q = Single("Said Mayor Ines Caldwell, \u201CThe ferry will run all winter.\u201D");
        Assert.Equal("\u201CThe ferry will run all winter.\u201D", q.Content);
        Assert.Equal("Mayor Ines Caldwell", q.Speaker);
    }

    [Fact]
    public void Verb_outside_the_lexicon_before_a_comma_hands_over_to_a_closing_quote()
    {
        var q = Single("At the ribbon cutting, Ines Caldwell beamed, \u201CThis harbour is finally open again.\u201D");
        Assert.Equal("\u201CThis harbour is finally open again.\u201D", q.Content);
        Assert.Equal("Ines Caldwell", q.Speaker);
    }

    [Fact]
    public void Past_tense_verb_and_name_after_a_quote_attribute_it()
    {
        var q = Single("\u201CWe finally did it!\u201D cheered Ines Caldwell.");
        Assert.Equal("\u201CWe finally did it!\u201D", q.Content);
        Assert.Equal("Ines Caldwell", q.Speaker);
    }

    [Fact]
    public void Opening_mark_typed_as_a_closer_still_closes_the_quote()
    {
        var quotes = Quotes("She called the plan \u201Creckless\u201C in May. \u201CWe will fight it,\u201D Ines Caldwell said.");
        var q = Assert.Single(quotes, x => x.Direct);
        Assert.Equal("\u201CWe will fight it,\u201D", q.Content);
        Assert.Equal("Ines Caldwell", q.Speaker);
    }

    [Fact]
    public void Closing_mark_typed_as_an_opener_still_opens_the_quote()
    {
        var q = Single("\u201DThe ferry will run all winter,\u201D said Ines Caldwell.");
        Assert.Equal("\u201DThe ferry will run all winter,\u201D", q.Content);
        Assert.Equal("Ines Caldwell", q.Speaker);
    }

    [Fact]
    public void Nested_quote_at_the_end_does_not_hide_the_comma_before_the_attribution()
    {
        var q = Single("\u201CThe sign on the door said \u2018closed for repairs,\u2019\u201D Ines Caldwell said.");
        Assert.Equal("Ines Caldwell", q.Speaker);
        Assert.Equal("said", q.Cue);
    }

    [Fact]
    public void State_abbreviation_in_an_appositive_does_not_end_the_attribution()
    {
        var q = Single("\u201CThe ferry will run all winter,\u201D Rep. Ines Caldwell, D-Pa., said.");
        Assert.Equal("said", q.Cue);
        Assert.EndsWith("Ines Caldwell", q.Speaker);
    }

    [Fact]
    public void Headline_name_colon_quote_takes_the_rest_of_the_sentence()
    {
        var q = Single("Caldwell: \u2018Not Yet\u2019 Time To Reopen The Harbour.");
        Assert.Equal("\u2018Not Yet\u2019 Time To Reopen The Harbour", q.Content);
        Assert.Equal("Caldwell", q.Speaker);
    }

    [Fact]
    public void Single_straight_quotes_after_a_headline_colon_are_a_quote()
    {
        var q = Single("Caldwell: 'The harbour's future is bright.'");
        Assert.Equal("'The harbour's future is bright.'", q.Content);
        Assert.Equal("Caldwell", q.Speaker);
    }

    [Fact]
    public void Title_inside_the_attribution_keeps_the_next_quote_a_continuation()
    {
        var q = Single("\u201CWe will reopen in May,\u201D Caldwell said on \u201CMorning Harbour.\u201D \u201CNobody should doubt it.\u201D");
        Assert.Equal(["\u201CWe will reopen in May,\u201D", "\u201CNobody should doubt it.\u201D"], q.Parts);
    }

    // ---- dash-signed quotes (readers' comments, vox pops, epigraphs) ----

    [Theory]
    [InlineData("\u201CThe night buses are the only reason I can keep my job.\u201D \u2015 Marta Olivares")]
    [InlineData("\u201CThe night buses are the only reason I can keep my job.\u201D\u2014 Marta Olivares.")]
    [InlineData("\u201CThe night buses are the only reason I can keep my job.\u201D \u2013\u00A0Marta Olivares, a nurse in Dunmore")]
    public void Dash_and_name_closing_the_paragraph_sign_the_quote(string text)
    {
        var q = Single(text);
        Assert.Equal("\u201CThe night buses are the only reason I can keep my job.\u201D", q.Content);
        Assert.Equal("Marta Olivares", q.Speaker);
        Assert.True(q.Direct);
    }

    [Fact]
    public void Each_dash_signed_line_is_its_own_quote()
    {
        var quotes = Quotes("\u201CThe buses are late.\u201D \u2015 Marta Olivares\n\u201CThe fares went up twice.\u201D \u2015 Pavel Dunn\n");
        Assert.Equal(["Marta Olivares", "Pavel Dunn"], quotes.Select(q => q.Speaker));
        Assert.All(quotes, q => Assert.Single(q.Parts));
    }

    [Fact]
    public void Dash_followed_by_more_sentence_is_not_a_signature()
    {
        var quotes = Quotes("The council called it \u201Ca fair deal\u201D \u2014 Mayor Olivares disagreed and left the room early.");
        Assert.DoesNotContain(quotes, q => q.Direct && q.Speaker == "Mayor Olivares" && q.Content.StartsWith('\u201C'));
    }

    [Fact]
    public void Same_style_quote_nested_inside_a_quote_does_not_leave_it_open()
    {
        var quotes = Quotes("\u201CThey call this \u201Cprogress\u201D but the rents keep rising,\u201D said Ines Caldwell.\n\u201CThe harbour stays open all winter,\u201D Pavel Dunn said.\n");
        Assert.Equal(2, quotes.Count);
        Assert.Equal("\u201CThey call this \u201Cprogress\u201D but the rents keep rising,\u201D", quotes[0].Content);
        Assert.Equal("Ines Caldwell", quotes[0].Speaker);
        Assert.Single(quotes[0].Parts);
        Assert.Equal("Pavel Dunn", quotes[1].Speaker);
    }

    [Fact]
    public void Middle_initial_does_not_cut_the_speaker_name_after_the_cue()
    {
        var q = Single("\u201CThe harbour stays open all winter,\u201D said Pavel T. Dunn.");
        Assert.Equal("Pavel T. Dunn", q.Speaker);
    }

    [Fact]
    public void Paragraph_opening_in_another_mark_style_does_not_resume_an_open_quote()
    {
        var quotes = Quotes("\"The council met for six hours on Tuesday and adjourned without a vote on the ferry budget.\n\n\u201CWe will not cut a single crossing,\u201D Ines Caldwell said after the meeting.\n");
        var q = Assert.Single(quotes, x => x.Speaker == "Ines Caldwell");
        Assert.Equal(["\u201CWe will not cut a single crossing,\u201D"], q.Parts);
    }

    [Fact]
    public void Paragraph_opening_in_the_same_mark_style_resumes_an_open_quote()
    {
        var q = Assert.Single(Quotes("Ines Caldwell said: \u201CThe council met for six hours and adjourned without a vote.\n\n\u201CWe will not cut a single crossing.\u201D\n"));
        Assert.Equal(2, q.Parts.Length);
        Assert.Equal("Ines Caldwell", q.Speaker);
    }

    [Fact]
    public void Honorific_between_cue_and_colon_does_not_end_the_attribution()
    {
        var q = Assert.Single(Quotes("One resident, Pavel Dunn, wrote of Mrs. Caldwell: \u201CShe has kept the ferry running through three winters.\u201D"), x => x.Direct);
        Assert.Equal("\u201CShe has kept the ferry running through three winters.\u201D", q.Content);
        Assert.Equal("wrote", q.Cue);
        Assert.Equal("Pavel Dunn", q.Speaker);
    }

    [Fact]
    public void Quote_after_a_cue_that_follows_a_quoted_term_is_its_own_utterance()
    {
        var quotes = Quotes("Pavel Dunn called the timetable \u201Ca shambles,\u201D adding: \u201CNobody on this island can plan a day around it.\u201D");
        var q = Assert.Single(quotes, x => x.Direct);
        Assert.Equal(["\u201CNobody on this island can plan a day around it.\u201D"], q.Parts);
        Assert.Equal("adding", q.Cue);
        Assert.Equal("Pavel Dunn", q.Speaker);
    }

    [Fact]
    public void Lower_case_quote_after_a_mixed_quote_still_continues_it()
    {
        var quotes = Quotes("If the vote passes, \u201Cthe ferry will run all winter,\u201D Ines Caldwell said, \u201Cand the fares will stay where they are.\u201D");
        var q = Assert.Single(quotes);
        Assert.Equal(2, q.Parts.Length);
        Assert.Equal("Ines Caldwell", q.Speaker);
    }

    [Fact]
    public void Sentence_opening_past_tense_cue_before_a_colon_is_not_part_of_the_name()
    {
        var q = Single("Continued Caldwell: \u201CThe ferry will run all winter, whatever the council decides.\u201D");
        Assert.Equal("Caldwell", q.Speaker);
        Assert.Equal("Continued", q.Cue);
    }

    [Fact]
    public void Cue_less_sentence_going_on_in_the_speakers_words_continues_the_quote()
    {
        var q = Single("\u201CThe harbour will reopen,\u201D Ines Caldwell said. Now, \u201Cwithin a month the ferries will run again.\u201D");
        Assert.Equal(["\u201CThe harbour will reopen,\u201D", "Now, \u201Cwithin a month the ferries will run again.\u201D"], q.Parts);
    }

    [Fact]
    public void Sentence_with_a_long_lead_of_its_own_does_not_continue_the_quote()
    {
        var quotes = Quotes("\u201CThe harbour will reopen,\u201D Ines Caldwell said. A glossy leaflet printed by the council last winter mentioned \u201Cwithin a month the ferries will run again.\u201D");
        var q = Assert.Single(quotes, x => x.Speaker == "Ines Caldwell");
        Assert.Equal(["\u201CThe harbour will reopen,\u201D"], q.Parts);
    }
}
