;; `i32.store8` of a local at a local address with a static offset.

(module
  (memory 1)
  (func (export "f") (param $p i32) (param $v i32)
    (i32.store8 offset=8 (local.get $p) (local.get $v))))

;; function 0 (export "f"), sse4.1 and avx2:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x48]
;;     13: cmp     rax,[r11]
;;     18: jb      0x0000000000000036
;;     1e: mov     eax,[rbp+0x10]
;;     23: mov     ecx,[rbp+0x18]
;;     28: mov     r11,[r14+0x10]
;;     2d: mov     [r11+rcx+8],al
;;     32: leave
;;     33: ret     0x10
;;     36: cmp     dword ptr [r11+0x14],0
;;     3f: jne     0x0000000000000055
;;     45: cmp     rax,[r11+0x38]
;;     4a: jb      0x000000000000006F
;;     50: jmp     0x000000000000001E
;;     55: mov     r11,[r14]
;;     5a: mov     qword ptr [r11+0x18],0x24
;;     63: mov     eax,0xA
;;     69: mov     rsp,[r11+8]
;;     6e: ret
;;     6f: mov     r11,[r14]
;;     74: mov     qword ptr [r11+0x18],0x24
;;     7d: mov     eax,9
;;     83: mov     rsp,[r11+8]
;;     88: ret
