;; `i64.store16` of a local at a local address with a static offset.

(module
  (memory 1)
  (func (export "f") (param $p i32) (param $v i64)
    (i64.store16 offset=8 (local.get $p) (local.get $v))))

;; function 0 (export "f"), sse4.1 and avx2:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x48]
;;     13: cmp     rax,[r11]
;;     18: jb      0x0000000000000035
;;     1e: mov     rax,[rbp+0x10]
;;     23: mov     ecx,[rbp+0x18]
;;     28: mov     r11,[r14+0x10]
;;     2d: mov     [r11+rcx+8],ax
;;     33: leave
;;     34: ret
;;     35: cmp     dword ptr [r11+0x14],0
;;     3e: jne     0x0000000000000054
;;     44: cmp     rax,[r11+0x38]
;;     49: jb      0x000000000000006E
;;     4f: jmp     0x000000000000001E
;;     54: mov     r11,[r14]
;;     59: mov     qword ptr [r11+0x18],0x24
;;     62: mov     eax,0xA
;;     68: mov     rsp,[r11+8]
;;     6d: ret
;;     6e: mov     r11,[r14]
;;     73: mov     qword ptr [r11+0x18],0x24
;;     7c: mov     eax,9
;;     82: mov     rsp,[r11+8]
;;     87: ret
