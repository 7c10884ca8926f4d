# Settings every target of the project links, once (qBittorrent's CommonConfig.cmake is the model).
add_library(wh_common INTERFACE)
target_compile_definitions(wh_common INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CONTEXTLESS_CONNECT
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_KEYWORDS
    QT_USE_QSTRINGBUILDER
    WH_VERSION="${PROJECT_VERSION}")
target_compile_options(wh_common INTERFACE -Wall -Wextra -Wpedantic)
if(WH_WERROR)
    target_compile_options(wh_common INTERFACE -Werror)
endif()
if(WH_SANITIZE)
    target_compile_options(wh_common INTERFACE -fsanitize=address,undefined -fno-omit-frame-pointer
                           -fno-sanitize-recover=undefined)
    target_link_options(wh_common INTERFACE -fsanitize=address,undefined)
endif()
