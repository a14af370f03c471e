;; On a 64-bit memory the alignment test comes first, then the explicit bounds check
;; of the access's end against the length (a carry traps too).

(module
  (memory i64 1 1 shared)
  (func (export "add") (param $a i64) (param $v i32) (result i32)
    (i32.atomic.rmw.add offset=4 (local.get $a) (local.get $v))))

;; function 0 (export "add"), sse4.1 and avx2:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x48]
;;     13: cmp     rax,[r11]
;;     18: jb      0x000000000000005D
;;     1e: mov     eax,[rbp+0x10]
;;     23: mov     rcx,[rbp+0x18]
;;     28: test    cl,3
;;     2c: jne     0x00000000000000B0
;;     32: add     rcx,8
;;     36: jb      0x00000000000000CA
;;     3c: mov     r11,[r14+0x18]
;;     41: cmp     rcx,[r11+8]
;;     46: ja      0x00000000000000CA
;;     4c: mov     r11,[r14+0x10]
;;     51: lock xadd [r11+rcx-4],eax
;;     58: mov     eax,eax
;;     5b: leave
;;     5c: ret
;;     5d: cmp     dword ptr [r11+0x14],0
;;     66: jne     0x000000000000007C
;;     6c: cmp     rax,[r11+0x38]
;;     71: jb      0x0000000000000096
;;     77: jmp     0x000000000000001E
;;     7c: mov     r11,[r14]
;;     81: mov     qword ptr [r11+0x18],0x28
;;     8a: mov     eax,0xA
;;     90: mov     rsp,[r11+8]
;;     95: ret
;;     96: mov     r11,[r14]
;;     9b: mov     qword ptr [r11+0x18],0x28
;;     a4: mov     eax,9
;;     aa: mov     rsp,[r11+8]
;;     af: ret
;;     b0: mov     r11,[r14]
;;     b5: mov     qword ptr [r11+0x18],0x2D
;;     be: mov     eax,0xF
;;     c4: mov     rsp,[r11+8]
;;     c9: ret
;;     ca: mov     r11,[r14]
;;     cf: mov     qword ptr [r11+0x18],0x2D
;;     d8: mov     eax,5
;;     de: mov     rsp,[r11+8]
;;     e3: ret
