"""Page furniture that is no article text: photo captions, galleries, video boxes, embeds,
labels glued to a headline, and date lines that are no headline."""

from __future__ import annotations

from newsbrief.models import Article, RawDocument
from newsbrief.read.clean import clean, clean_text, is_furniture
from newsbrief.read.notices import notice_kind
from newsbrief.settings import CleanSettings


def article(raw: RawDocument) -> Article:
    result = clean(raw, settings=CleanSettings())
    assert isinstance(result, Article), result
    return result


def test_wire_and_bbc_photo_captions_are_furniture() -> None:
    # Invented captions in the shapes pages give them.
    assert is_furniture(
        "Image copyright Harlow Police Image caption Dorn Vasek (left) was known to police", 12
    )
    assert is_furniture("Media caption The mayor visited the scene on Sunday", 12)
    assert is_furniture(
        "In this June 21, 2018, photo, Mayor Ada Rook arrives at the town hall in Fenwick.", 12
    )
    assert is_furniture(
        "A child looks at flowers left after a vigil at Corran Park in Fenwick, Monday, June 5, "
        "2017.",
        12,
    )
    assert is_furniture(
        "A child looks at flowers left after a vigil, Monday, June 5, 2017. Officers detained "
        "two men and are still searching... (Associated Press)",
        12,
    )
    assert is_furniture(
        "The tot fell eight stories in the Corran Towers. (Ada Rook/Fenwick Daily News)", 12
    )
    assert is_furniture("The lift landed six floors below. (via Facebook)", 12)
    # Prose that dates an event, or opens "In this", is not.
    assert not is_furniture("The attack happened on Monday, June 5, 2017, in Fenwick.", 12)
    assert not is_furniture("In this town, photographs of the mayor are rare.", 12)
    assert not is_furniture("The lift landed six floors below (the report said so).", 12)


def test_galleries_glued_captions_and_video_boxes_are_furniture_at_any_length() -> None:
    # Invented, in the shapes pages give them: a gallery run into one paragraph, two wire
    # captions glued together (too long for the short-furniture rules), a video box.
    caption = (
        "In this Saturday, July 1, 2017, photo, shoppers queue outside the Corran shop in "
        "Fenwick. Takings have beaten what Fenwick's shopkeepers hoped for; queues have formed "
        "outside their doors since Saturday, when the county became the fifth to allow... "
        "(Associated Press)"
    )
    assert is_furniture(f"{caption} {caption}", 12)
    gallery = " ".join(
        f"Photos: Floods in Fenwick – Residents wade through water near the town hall on "
        f"Monday, March {n}. Hide Caption {n} of 40"
        for n in range(1, 12)
    )
    assert is_furniture(gallery, 12)
    assert is_furniture("CLOSE Four Fenwick shops begin sales of the new permits. Ada Rook", 12)
    carousel = " ".join(
        f"Skip in Skip x Embed x Share CLOSE COLD SNAP Ice jams close the Fenwick road | 0:4{n} "
        f"Crews in Tarrow cleared the river on Monday. (Jan. {n}) AP {n} of 9"
        for n in range(1, 9)
    )
    assert is_furniture(carousel, 12)
    # Prose that starts with the word in capitals, or mentions a caption, is not.
    assert not is_furniture("CLOSE to 200 people waited outside the town hall on Monday.", 12)
    long_prose = "The council said the photo caption was wrong and apologised. " * 12
    assert not is_furniture(long_prose, 12)


def test_a_story_highlights_label_leaves_the_headline_it_was_glued_to() -> None:
    body = (
        "Story highlights Fenwick council votes to rebuild the flooded bridge\n\n"
        + "The council of Fenwick voted on Monday to rebuild the bridge the flood took. " * 4
    )
    titled = article(RawDocument(source="h1.txt", kind="text", body=body))
    assert titled.title == "Fenwick council votes to rebuild the flooded bridge"
    pictured = "Image The council’s spokeswoman, Ada Rook, said on Wednesday that it would."
    assert clean_text(pictured, label_max_words=12).startswith("The council’s spokeswoman")
    named = "Image Comics said on Wednesday that it would publish the series in May."
    assert clean_text(named, label_max_words=12) == named


def test_embeds_reuters_captions_and_date_lines_are_no_text_or_title() -> None:

    embed = (
        "This was the night we put the past in the past, love to the whole family "
        + "and we keep his legacy alive " * 8
        + "A post shared by Ada Rook (@adarook) on Jun 20, 2017 at 12:38pm PDT"
    )
    assert is_furniture(embed, 12)
    assert is_furniture(
        "Ada Rook, a climber from Kesh, speaks to the media at a hotel in Osk, Fenwick May "
        "30, 2016.",
        12,
    )
    assert not is_furniture("The climbers reached the summit on May 30, 2016.", 12)
    assert notice_kind(
        "This is a set of web collections curated by Ada Rook using the Archive-IT service "
        "of the Internet Archive. They include web captures of a website."
    )
    body = "April 10th, 2016\n\n" + "The climbers of Kesh found the camp empty on Monday. " * 4
    assert article(RawDocument(source="d1.txt", kind="text", body=body)).title is None
    for stamp in ("2 years ago", "Updated 5 hours ago", "Published on May 3, 2015"):
        body = f"{stamp}\n\n" + "The climbers of Kesh found the camp empty on Monday. " * 4
        assert article(RawDocument(source="d1.jsonl", kind="jsonl", body=body)).title is None


def test_sign_up_boxes_credits_and_contribution_lines_are_furniture() -> None:
    # Invented in the shapes news pages give them.
    box = (
        "Newsletter Sign Up Continue reading the main story Please verify you're not a robot by "
        "clicking the box. Invalid email address. Please re-enter. You must select a newsletter "
        "to subscribe to. Sign Up You will receive emails containing news content, updates and "
        "promotions from The Fenwick Courier. You may opt-out at any time. You agree to receive "
        "occasional updates and special offers. Thank you for subscribing. An error has "
        "occurred. Please try again later. View all Fenwick Courier newsletters."
    )
    assert is_furniture(box, 12)
    assert is_furniture(
        "Breaking News Emails Get breaking news alerts and special reports. The news and "
        "stories that matter, delivered weekday mornings.",
        12,
    )
    assert is_furniture("Ada Rook contributed to this report.", 12)
    assert is_furniture(
        "People pray at a memorial to the teacher in Fenwick, Calif., Tuesday, April 11, 2017. "
        "(AP Photo/Tom Vasek) (Associated Press)",
        12,
    )
    assert not is_furniture("The mayor thanked the crews, the paper said. (Associated Press)", 12)
    assert is_furniture("Ada Rook and Tom Vasek contributed reporting from Fenwick.", 12)
    # A film review's credit block and the lines around it.
    assert is_furniture(
        "Reviewed at the Fenwick Film Festival, March 8, 2013. MPAA Rating: R. Running time: "
        "91 MIN.",
        12,
    )
    assert is_furniture(
        "A Rookwood Pictures release of a Vasek production. Produced by Ada Rook, Tom Vasek. "
        "Executive producers, Lena Marsh, Orin Dale.",
        12,
    )
    assert is_furniture("With: Lena Marsh, Orin Dale, Tom Vasek, Ada Rook.", 12)
    assert is_furniture("MPAA rating: R for strong bloody violence and gore", 12)
    assert is_furniture("Running time: 1 hour, 30 minutes", 12)
    # Prose that names one credit in passing, or says "with:" mid-sentence, stays.
    assert not is_furniture(
        "Written by Rook and Vasek, the story begins with five friends arriving at a cabin.", 12
    )
    assert not is_furniture(
        "The film, directed by Ada Rook and produced by Tom Vasek, opened in Fenwick on Friday.",
        12,
    )
    assert not is_furniture(
        "The editor, Lena Marsh, said music, not politics, filled the casting, call.", 12
    )
    assert not is_furniture("The mayor said the new budget contributed to the deficit.", 12)


def test_share_buttons_are_furniture_and_never_a_headline() -> None:
    assert is_furniture("Click to email this to a friend (Opens in new window)", 12)
    assert is_furniture("Click to share on Facebook (Opens in new window)", 12)
    assert not is_furniture("Click to Ride, a Fenwick start-up, raised money on Monday.", 12)
    body = (
        "Click to email this to a friend (Opens in new window)\n\n"
        + "The climbers of Kesh found the camp empty on Monday. " * 4
    )
    assert article(RawDocument(source="d1.jsonl", kind="jsonl", body=body)).title is None


def test_a_broadcast_transcript_notice_is_furniture() -> None:
    notice = (
        "Fenwick Radio transcripts are created on a rush deadline by a contractor. This text "
        "may not be in its final form and may be updated or revised in the future. The "
        "authoritative record of Fenwick Radio’s programming is the audio record."
    )
    assert is_furniture(notice, 12)


def test_a_file_photo_caption_is_furniture_at_any_length() -> None:
    caption = (
        "FILE PHOTO: A store of the shoe designer Ada Rook is seen in the mountain resort of "
        "Kesh, Fenland March 15, 2016."
    )
    assert is_furniture(caption, 12)
    assert not is_furniture("The file photo showed the store in Kesh before the fire.", 12)


def test_time_stamps_and_section_links_are_furniture() -> None:
    assert is_furniture("(Published Friday, June 27, 2014)", 12)
    assert is_furniture("Updated: 5:30 PM EDT", 12)
    assert is_furniture("Local News More>>", 12)
    assert not is_furniture("Published reports said the mayor of Kesh had resigned.", 12)
    assert not is_furniture("Ada wanted more.", 12)


def test_a_teaser_byline_ending_in_read_more_is_furniture() -> None:
    # A related-story teaser left in a wire copy: its headline, then its author with the link.
    assert is_furniture("Orvan Dessel Read more", 12)
    assert is_furniture("By Mara Veld | Read more »", 12)
    assert not is_furniture("Residents were asked to read more about the plan online.", 12)
    # A teaser's headline, a bar and its writer, then the link: longer than a label.
    assert is_furniture(
        "The old quarrel over the ferry route may not be over yet | Orvan Dessel Read more", 12
    )
    assert not is_furniture(
        "Ferry fares rose again this year, the operator said | riders were not told why.", 12
    )


def test_social_and_newsletter_prompts_are_furniture_at_any_length() -> None:
    assert is_furniture(
        "Join us on Facebook Like us and you'll find top breaking news in your Facebook newsfeed.",
        12,
    )
    assert is_furniture(
        "Sign up for the Fenwick Courier newsletter Sign up for our daily email newsletter and "
        "get top stories and breaking news delivered to your inbox.",
        12,
    )
    assert not is_furniture("Hundreds signed up for the Kesh ferry on its first day.", 12)


def test_a_content_warning_over_a_video_is_no_title() -> None:
    warning = (
        "WARNING: The video contains subject matter of a graphic nature that some may find "
        "offensive"
    )
    assert is_furniture(warning, 12)
    body = f"{warning}\n\n" + "The climbers of Kesh found the camp empty on Monday. " * 4
    assert article(RawDocument(source="d1.jsonl", kind="jsonl", body=body)).title is None
    assert not is_furniture("Warning: the river may rise again tonight, the mayor said.", 12)


def test_a_line_that_introduces_what_follows_is_no_title() -> None:
    body = (
        "Update 11:32 a.m. The Sentinel has updated its story with this little tag:\n\n"
        + "The climbers of Kesh found the camp empty on Monday. " * 4
    )
    assert article(RawDocument(source="d1.jsonl", kind="jsonl", body=body)).title is None


def test_a_byline_a_banner_or_a_promotion_is_no_title() -> None:
    prose = "The climbers of Kesh found the camp empty on Monday. " * 4
    for line in (
        "By Staff Sgt. Ada W. Rook, 7th Fenwick Wing Public Affairs / Published March 24, 2017",
        "By Ada Rook and Dorn Vasek",
        "From Wikipedia, the free encyclopedia",
        "Download the Fenwick Weekly iPhone app now!",
        "Play Facebook",
        "(arook@fenwick-news.com; @adarook)",
        "Rating is available when the video has been rented.",
        "Embed Teen Invents Gadgets 2:14 autoplay autoplay Copy this code to your website or blog",
    ):
        assert is_furniture(line, 12), line
        found = article(RawDocument(source="d1.jsonl", kind="jsonl", body=f"{line}\n\n{prose}"))
        assert found.title is None, line
        assert line not in found.text
    # Prose that opens with "By" is no byline.
    assert not is_furniture("By Tuesday, the river had risen four feet.", 12)
    assert not is_furniture("By Land and Sea was the name of the show.", 12)


def test_reference_marks_are_no_article_text() -> None:
    body = (
        "The society changed its rules in 1960.[3] Its leader retired in 1978,[12][13] and "
        "members voted again.[citation needed] A list [1] in brackets stays."
    )
    assert clean_text(body, label_max_words=12) == (
        "The society changed its rules in 1960. Its leader retired in 1978, and members voted "
        "again. A list [1] in brackets stays."
    )


def test_agency_captions_without_a_weekday_are_furniture() -> None:
    # Invented, in the shapes a wire's captions take.
    for caption in (
        "Mayor Ada Rook (R) and Dorn Vasek attend a news conference at the town hall in "
        "Fenwick, April 22, 2015.",
        "General view of the entrance to the Corran Hospital in Fenwick April 22, 2015.",
        "Ada Rook, in this photograph provided by the Fenwick City Hall, is seen during a race.",
        "Dorn Vasek (2nd row down, center) liked what he heard. REUTERS/Ada Rook",
    ):
        assert is_furniture(caption, 12), caption
    assert not is_furniture("The council met in Fenwick on April 22, 2015.", 12)
    assert not is_furniture("The council met at the town hall in Fenwick in 2015.", 12)


def test_sentences_a_scraper_glued_together_are_parted() -> None:
    body = (
        "The clerk spoke on January 8, 2014.City leaders say the move saves money. She wrote, "
        '"It was awful.""I have waited," the mayor said. She would like to think so."In my '
        'mind, she is running," Rook said. "It is over."Rook left.“We won.”Vasek smiled. The '
        "U.S.Army and example.com stay as they are."
    )
    assert clean_text(body, label_max_words=12) == (
        "The clerk spoke on January 8, 2014. City leaders say the move saves money. She wrote, "
        '"It was awful." "I have waited," the mayor said. She would like to think so. "In my '
        'mind, she is running," Rook said. "It is over." Rook left. “We won.” Vasek smiled. The '
        "U.S.Army and example.com stay as they are."
    )


def test_a_video_placeholder_over_an_article_is_no_script_wall() -> None:
    prose = "The climbers of Kesh found the camp empty on Monday, the sheriff said. " * 20
    body = f"Please enable Javascript to watch this video\n\n{prose}"
    assert notice_kind(body) is None
    found = article(RawDocument(source="d1.jsonl", kind="jsonl", body=body))
    assert "Javascript" not in found.text
    assert notice_kind("Please enable JavaScript in your browser to read this page.") is not None
