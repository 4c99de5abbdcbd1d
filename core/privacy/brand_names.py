"""Well-known companies and products named where a person could stand (redteam23).

``ask Google from marketing``, ``invite Slack Connect``, ``a note to Samsung Electronics``:
the rules that read a name from the words around it (a team after it, a task before it)
cannot tell a company from a colleague by the sentence alone. A company is no one's
personal data, so a name that is one of these brands, written as the brand is, is not read
as a person. The list holds names people meet daily as companies and seldom as a person's
given name; surnames that are also brands (Ford, Dell) are left out, since "ask Ford from
accounts" is as likely a colleague.
"""

from __future__ import annotations

__all__ = ["is_brand"]

_BRANDS_TEXT = """
    Google Alphabet Apple Microsoft Amazon Meta Facebook Instagram WhatsApp YouTube
    Oracle Samsung Adobe IBM Intel Netflix Slack Zoom Salesforce SAP Cisco Tesla Uber
    Airbnb Spotify Nike Adidas Sony LG Hyundai Kia Naver Kakao KakaoTalk Coupang Toss
    Shopify Stripe PayPal Mastercard HSBC Barclays Deloitte KPMG Accenture McKinsey
    Atlassian Jira GitHub GitLab Notion Figma Canva Dropbox Twitter LinkedIn TikTok
    OpenAI Anthropic Nvidia AMD Qualcomm Huawei Xiaomi Lenovo Asus Acer Siemens Bosch
    Philips Panasonic Toyota Honda BMW Volkswagen FedEx DHL USPS Walmart Costco IKEA
    Starbucks Verizon Vodafone Airtel Infosys Wipro Alibaba Tencent Baidu Rakuten
    Nintendo Lotte Shinhan Hanwha Doosan Celltrion Baemin Yanolja Zendesk HubSpot Asana
    Trello Miro Workday ServiceNow Snowflake Databricks Cloudflare Twilio Okta Canon
    Nikon Dyson Lego Pfizer Moderna AstraZeneca Unilever Nestle Nestlé Heineken Carlsberg
"""
_BRANDS = frozenset(_BRANDS_TEXT.split())


def is_brand(word: str) -> bool:
    """Whether ``word`` is a well-known company's or product's name, as the brand writes it."""
    return word in _BRANDS
