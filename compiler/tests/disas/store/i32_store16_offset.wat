;; `i32.store16` of a local at a local address with a static offset.

(module
  (memory 1)
  (func (export "f") (param $p i32) (param $v i32)
    (i32.store16 offset=8 (local.get $p) (local.get $v))))

;; function 0 (export "f"), sse4.1 and avx2:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x48]
;;     13: cmp     rax,[r11]
;;     18: jb      0x0000000000000037
;;     1e: mov     eax,[rbp+0x10]
;;     23: mov     ecx,[rbp+0x18]
;;     28: mov     r11,[r14+0x10]
;;     2d: mov     [r11+rcx+8],ax
;;     33: leave
;;     34: ret     0x10
;;     37: cmp     dword ptr [r11+0x14],0
;;     40: jne     0x0000000000000056
;;     46: cmp     rax,[r11+0x38]
;;     4b: jb      0x0000000000000070
;;     51: jmp     0x000000000000001E
;;     56: mov     r11,[r14]
;;     5b: mov     qword ptr [r11+0x18],0x24
;;     64: mov     eax,0xA
;;     6a: mov     rsp,[r11+8]
;;     6f: ret
;;     70: mov     r11,[r14]
;;     75: mov     qword ptr [r11+0x18],0x24
;;     7e: mov     eax,9
;;     84: mov     rsp,[r11+8]
;;     89: ret
