;; Compare-exchange is one `lock cmpxchg` with the expected value in `rax`; the old
;; value is `rax`'s low bytes, zero-extended (the expected value's upper bits are
;; cleared even when the exchange happened).

(module
  (memory 1 1 shared)
  (func (export "i32") (param $a i32) (param $e i32) (param $r i32) (result i32)
    (i32.atomic.rmw.cmpxchg (local.get $a) (local.get $e) (local.get $r)))
  (func (export "i64_32_u") (param $a i32) (param $e i64) (param $r i64) (result i64)
    (i64.atomic.rmw32.cmpxchg_u (local.get $a) (local.get $e) (local.get $r))))

;; function 0 (export "i32"), sse4.1 and avx2:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x48]
;;     13: cmp     rax,[r11]
;;     18: jb      0x000000000000004A
;;     1e: mov     ecx,[rbp+0x10]
;;     23: mov     eax,[rbp+0x18]
;;     28: mov     edx,[rbp+0x20]
;;     2d: test    dl,3
;;     31: jne     0x000000000000009D
;;     37: mov     r11,[r14+0x10]
;;     3c: lock cmpxchg [r11+rdx],ecx
;;     43: mov     eax,eax
;;     46: leave
;;     47: ret     0x18
;;     4a: cmp     dword ptr [r11+0x14],0
;;     53: jne     0x0000000000000069
;;     59: cmp     rax,[r11+0x38]
;;     5e: jb      0x0000000000000083
;;     64: jmp     0x000000000000001E
;;     69: mov     r11,[r14]
;;     6e: mov     qword ptr [r11+0x18],0x3C
;;     77: mov     eax,0xA
;;     7d: mov     rsp,[r11+8]
;;     82: ret
;;     83: mov     r11,[r14]
;;     88: mov     qword ptr [r11+0x18],0x3C
;;     91: mov     eax,9
;;     97: mov     rsp,[r11+8]
;;     9c: ret
;;     9d: mov     r11,[r14]
;;     a2: mov     qword ptr [r11+0x18],0x43
;;     ab: mov     eax,0xF
;;     b1: mov     rsp,[r11+8]
;;     b6: ret

;; function 1 (export "i64_32_u"), sse4.1 and avx2:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x48]
;;     13: cmp     rax,[r11]
;;     18: jb      0x000000000000004A
;;     1e: mov     rcx,[rbp+0x10]
;;     23: mov     rax,[rbp+0x18]
;;     28: mov     edx,[rbp+0x20]
;;     2d: test    dl,3
;;     31: jne     0x000000000000009D
;;     37: mov     r11,[r14+0x10]
;;     3c: lock cmpxchg [r11+rdx],ecx
;;     43: mov     eax,eax
;;     46: leave
;;     47: ret     0x18
;;     4a: cmp     dword ptr [r11+0x14],0
;;     53: jne     0x0000000000000069
;;     59: cmp     rax,[r11+0x38]
;;     5e: jb      0x0000000000000083
;;     64: jmp     0x000000000000001E
;;     69: mov     r11,[r14]
;;     6e: mov     qword ptr [r11+0x18],0x49
;;     77: mov     eax,0xA
;;     7d: mov     rsp,[r11+8]
;;     82: ret
;;     83: mov     r11,[r14]
;;     88: mov     qword ptr [r11+0x18],0x49
;;     91: mov     eax,9
;;     97: mov     rsp,[r11+8]
;;     9c: ret
;;     9d: mov     r11,[r14]
;;     a2: mov     qword ptr [r11+0x18],0x50
;;     ab: mov     eax,0xF
;;     b1: mov     rsp,[r11+8]
;;     b6: ret
