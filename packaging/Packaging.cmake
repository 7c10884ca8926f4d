# The Debian packages (packaging/README.md): `cmake --build build/gui --target package` or `cpack` in the
# build folder. Three packages, one per install component:
#   warehouse-appliance        the appliance, its headless unit, configuration, user, data folder, udev rules
#   warehouse-appliance-kiosk  the kiosk unit (cage on tty1); only from a build with the kiosk UI (WH_GUI)
#   central-sim                the reference central order service
# Shared libraries' dependencies are computed by dpkg-shlibdeps; what it cannot see (Qt plugins, programs
# run by the units, maintainer scripts' tools) is listed here.

include(GNUInstallDirs)
set(WH_PACKAGING_DIR ${CMAKE_CURRENT_LIST_DIR})
set(WH_PACKAGING_OUT ${CMAKE_BINARY_DIR}/packaging)
set(WH_PACKAGE_MAINTAINER "Warehouse appliance maintainers <maintainers@warehouse-appliance.org>"
    CACHE STRING "The Maintainer of the Debian packages (Name <address>)")

# Debian's layout on Debian 12: units and udev rules under /lib, sysusers.d and tmpfiles.d under /usr/lib.
set(WH_SYSTEMD_UNIT_DIR /lib/systemd/system)
set(WH_UDEV_RULES_DIR /lib/udev/rules.d)

# The appliance.
install(FILES ${WH_PACKAGING_DIR}/systemd/warehouse-appliance.service
        DESTINATION ${WH_SYSTEMD_UNIT_DIR} COMPONENT appliance)
install(FILES ${WH_PACKAGING_DIR}/appliance.conf DESTINATION /etc/warehouse-appliance COMPONENT appliance)
install(FILES ${WH_PACKAGING_DIR}/sysusers.conf DESTINATION lib/sysusers.d
        RENAME warehouse-appliance.conf COMPONENT appliance)
install(FILES ${WH_PACKAGING_DIR}/tmpfiles.conf DESTINATION lib/tmpfiles.d
        RENAME warehouse-appliance.conf COMPONENT appliance)
install(FILES ${WH_PACKAGING_DIR}/udev/60-warehouse-appliance.rules
        DESTINATION ${WH_UDEV_RULES_DIR} COMPONENT appliance)
if(WH_GUI)
    install(FILES ${WH_PACKAGING_DIR}/systemd/warehouse-appliance-kiosk.service
            DESTINATION ${WH_SYSTEMD_UNIT_DIR} COMPONENT kiosk)
endif()

# Each package's documentation folder: copyright, a compressed changelog, and the man pages.
string(TIMESTAMP WH_DEB_DATE "%a, %d %b %Y %H:%M:%S +0000" UTC) # honours SOURCE_DATE_EPOCH
set(WH_DEB_VERSION ${PROJECT_VERSION})
set(WH_DEB_PACKAGES warehouse-appliance central-sim)
set(WH_DEB_COMPONENTS appliance central_sim)
if(WH_GUI)
    list(APPEND WH_DEB_PACKAGES warehouse-appliance-kiosk)
    list(APPEND WH_DEB_COMPONENTS kiosk)
endif()
foreach(package component IN ZIP_LISTS WH_DEB_PACKAGES WH_DEB_COMPONENTS)
    configure_file(${WH_PACKAGING_DIR}/debian/changelog.in ${WH_PACKAGING_OUT}/${package}/changelog @ONLY)
    execute_process(COMMAND gzip -9nf ${WH_PACKAGING_OUT}/${package}/changelog COMMAND_ERROR_IS_FATAL ANY)
    install(FILES ${WH_PACKAGING_DIR}/debian/copyright ${WH_PACKAGING_OUT}/${package}/changelog.gz
            DESTINATION share/doc/${package} COMPONENT ${component})
endforeach()
foreach(page warehouse-appliance central-sim)
    configure_file(${WH_PACKAGING_DIR}/${page}.1 ${WH_PACKAGING_OUT}/man/${page}.1 COPYONLY)
    execute_process(COMMAND gzip -9nf ${WH_PACKAGING_OUT}/man/${page}.1 COMMAND_ERROR_IS_FATAL ANY)
endforeach()
install(FILES ${WH_PACKAGING_OUT}/man/warehouse-appliance.1.gz DESTINATION share/man/man1 COMPONENT appliance)
install(FILES ${WH_PACKAGING_OUT}/man/central-sim.1.gz DESTINATION share/man/man1 COMPONENT central_sim)

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME warehouse-appliance)
set(CPACK_PACKAGE_VERSION ${WH_DEB_VERSION})
set(CPACK_PACKAGE_CONTACT "${WH_PACKAGE_MAINTAINER}")
# Each package's synopsis is the first line of its component's description. CPack would put this summary
# above it unless it is CPack's own default, so it is that.
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${CMAKE_PROJECT_NAME} built using CMake")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEB_COMPONENT_INSTALL ON)
set(CPACK_COMPONENTS_ALL ${WH_DEB_COMPONENTS})
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_COMPRESSION_TYPE xz)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
set(CMAKE_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS
    OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)

set(CPACK_DEBIAN_APPLIANCE_PACKAGE_NAME warehouse-appliance)
# adduser: the postinst. Fonts: labels are drawn with them.
set(CPACK_DEBIAN_APPLIANCE_PACKAGE_DEPENDS "adduser, fonts-dejavu-core")
set(CPACK_DEBIAN_APPLIANCE_PACKAGE_RECOMMENDS "systemd, udev")
set(CPACK_DEBIAN_APPLIANCE_PACKAGE_SUGGESTS "warehouse-appliance-kiosk, mosquitto")
set(CPACK_DEBIAN_APPLIANCE_PACKAGE_CONTROL_EXTRA
    ${WH_PACKAGING_DIR}/debian/appliance/postinst ${WH_PACKAGING_DIR}/debian/appliance/prerm
    ${WH_PACKAGING_DIR}/debian/appliance/postrm ${WH_PACKAGING_DIR}/debian/appliance/conffiles)
set(CPACK_COMPONENT_APPLIANCE_DESCRIPTION "offline-first warehouse edge appliance
The appliance keeps a warehouse's stock, picking, packing and shipping in a
local SQLite store, drives its serial scanners and label printers, and syncs
its events with a central order service over MQTT. It keeps working while the
network is down.
.
This package holds the program, its headless systemd service, the
configuration file, the warehouse-appliance system user with its data folder
and udev rules that give scanners and printers stable names. The kiosk
session is in warehouse-appliance-kiosk.")

set(CPACK_DEBIAN_KIOSK_PACKAGE_NAME warehouse-appliance-kiosk)
set(CPACK_DEBIAN_KIOSK_PACKAGE_ARCHITECTURE all)
set(CPACK_DEBIAN_KIOSK_PACKAGE_DEPENDS "warehouse-appliance (= ${WH_DEB_VERSION}), cage, qt6-wayland")
# The accept and refuse tones: Qt Multimedia plays them through a PulseAudio server in the kiosk's session.
set(CPACK_DEBIAN_KIOSK_PACKAGE_RECOMMENDS "pipewire-pulse | pulseaudio")
set(CPACK_DEBIAN_KIOSK_PACKAGE_CONTROL_EXTRA
    ${WH_PACKAGING_DIR}/debian/kiosk/postinst ${WH_PACKAGING_DIR}/debian/kiosk/prerm
    ${WH_PACKAGING_DIR}/debian/kiosk/postrm)
set(CPACK_COMPONENT_KIOSK_DESCRIPTION "kiosk session of the warehouse edge appliance
The appliance's touch screen UI full screen under the cage Wayland compositor
on the first console, started at boot and restarted by systemd, with no
desktop behind it.
.
Enable warehouse-appliance-kiosk.service instead of the headless
warehouse-appliance.service: the two conflict.")

set(CPACK_DEBIAN_CENTRAL_SIM_PACKAGE_NAME central-sim)
# The Qt SQL drivers are plugins, which dpkg-shlibdeps cannot see.
set(CPACK_DEBIAN_CENTRAL_SIM_PACKAGE_DEPENDS "libqt6sql6-sqlite")
set(CPACK_DEBIAN_CENTRAL_SIM_PACKAGE_SUGGESTS "libqt6sql6-psql, mosquitto")
set(CPACK_COMPONENT_CENTRAL_SIM_DESCRIPTION "reference central order service for warehouse appliances
The reference implementation of the central side of the warehouse
appliance's MQTT protocol: it acknowledges the appliances' events, sends them
orders and runs the order sagas. It is what a central team builds against,
and what tests and demonstrations run.")

include(CPack)
