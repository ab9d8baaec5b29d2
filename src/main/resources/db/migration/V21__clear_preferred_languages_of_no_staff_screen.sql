-- The staff screens are offered in Turkish and English only (SpokenLanguage#staffScreens); Arabic, Persian and Russian
-- come with the pages for victims and the public. An account that preferred one of them, from when the language menu
-- offered them, prefers none now, as if never set: at sign-in the language in use stays (the menu's choice in that
-- browser, else the browser's, else opennrm.default-language), and its pages show and save it as any other account's.
-- The version moves on, as with any change of an account's fields (an edit form opened before merges it in).
update app_user
   set preferred_language = null, version = version + 1, updated_at = now()
 where preferred_language not in ('tr', 'en');
